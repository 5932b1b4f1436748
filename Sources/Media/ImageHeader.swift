import StatusKit

/// An image's format and pixel size from its first bytes, without decoding it: JPEG (its SOF
/// segment, turned by the EXIF orientation as phones save portrait photos sideways), PNG (IHDR),
/// GIF (the screen descriptor) and WebP (VP8, VP8L or VP8X). No library reads just a header
/// for all four, so it is done here.
enum ImageHeader {
    /// Nil when the bytes are none of the four; `.unrecognised` when they start like one but
    /// its header cannot be read (a cut or corrupt file).
    static func read(_ head: [UInt8]) -> MediaContent? {
        switch format(head) {
        case .jpeg?: return jpeg(head).content
        case .png?:
            guard head.fourCC(12) == "IHDR" else { return .unrecognised(why: "a PNG without its IHDR header") }
            return .image(.png, width: head.u32be(16), height: head.u32be(20))
        case .gif?: return .image(.gif, width: head.u16le(6), height: head.u16le(8))
        case .webp?: return webp(head)
        case nil: return nil
        }
    }

    /// Which of the four the bytes start as, by signature alone (the decoder asks this too).
    static func format(_ head: [UInt8]) -> MediaContent.ImageFormat? {
        if head.count >= 3, head[0] == 0xFF, head[1] == 0xD8, head[2] == 0xFF { return .jpeg }
        if head.count >= 8, head[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: "GIF87a") || head.starts(with: "GIF89a") { return .gif }
        if head.starts(with: "RIFF"), head.starts(with: "WEBP", at: 8) { return .webp }
        return nil
    }

    private static func webp(_ head: [UInt8]) -> MediaContent {
        switch head.fourCC(12) {
        case "VP8 " where head.count >= 30:
            return .image(.webp, width: head.u16le(26) & 0x3FFF, height: head.u16le(28) & 0x3FFF)
        case "VP8L" where head.count >= 25:
            let b1 = Int(head[22]), b2 = Int(head[23]), b3 = Int(head[24])
            let width = 1 + (Int(head[21]) | (b1 & 0x3F) << 8)
            let height = 1 + (b1 >> 6 | b2 << 2 | (b3 & 0x0F) << 10)
            return .image(.webp, width: width, height: height)
        case "VP8X" where head.count >= 30:
            return .image(.webp, width: 1 + head.u24le(24), height: 1 + head.u24le(27))
        default:
            return .unrecognised(why: "a WebP without a VP8 header")
        }
    }

    /// A JPEG's EXIF orientation, 1 to 8 (1, upright, when it has none): how its pixels are to
    /// be turned and flipped to show as the camera meant.
    static func jpegOrientation(_ head: [UInt8]) -> Int {
        jpeg(head).orientation
    }

    /// Walks the segments to the first SOF (start of frame) marker.
    private static func jpeg(_ head: [UInt8]) -> (content: MediaContent, orientation: Int) {
        var offset = 2
        var orientation = 1
        while offset + 4 <= head.count {
            guard head[offset] == 0xFF else { break }
            let marker = head[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            let length = head.u16be(offset + 2)
            guard length >= 2 else { break }
            if marker == 0xE1, head.starts(with: "Exif", at: offset + 4) {
                orientation = exifOrientation(head, tiff: offset + 10, end: offset + 2 + length) ?? 1
            }
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame, offset + 9 <= head.count {
                let height = head.u16be(offset + 5), width = head.u16be(offset + 7)
                guard width > 0, height > 0 else { break }
                // Orientations 5–8 are turned a quarter: the picture is shown height × width.
                let content = orientation >= 5 ? MediaContent.image(.jpeg, width: height, height: width) : .image(.jpeg, width: width, height: height)
                return (content, orientation)
            }
            offset += 2 + length
        }
        return (.unrecognised(why: "a JPEG whose size cannot be read — cut short or corrupt"), orientation)
    }

    /// The Orientation tag (0x0112) of the first IFD of an EXIF block starting at `tiff`.
    private static func exifOrientation(_ bytes: [UInt8], tiff: Int, end: Int) -> Int? {
        guard tiff + 8 <= min(end, bytes.count) else { return nil }
        let little = bytes[tiff] == 0x49
        func u16(_ at: Int) -> Int { little ? bytes.u16le(at) : bytes.u16be(at) }
        func u32(_ at: Int) -> Int { little ? bytes.u32le(at) : bytes.u32be(at) }
        let ifd = tiff + u32(tiff + 4)
        guard ifd + 2 <= bytes.count else { return nil }
        let entries = u16(ifd)
        for index in 0..<min(entries, 64) {
            let entry = ifd + 2 + index * 12
            guard entry + 12 <= bytes.count else { return nil }
            if u16(entry) == 0x0112 { return u16(entry + 8) }
        }
        return nil
    }
}
