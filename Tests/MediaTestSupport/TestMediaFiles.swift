import CLibJPEG
import Foundation

/// Small valid media files built byte by byte in the tests: PNG (stored deflate blocks), JPEG
/// (libjpeg's encoder), MP4 (ftyp + moov with one track), MP3 (constant-rate MPEG-1 Layer III
/// frames) and WAV.
public enum TestMediaFiles {
    /// A PNG of `width` × `height` RGB pixels, `pixel(x, y)` each.
    public static func png(width: Int, height: Int, pixel: (Int, Int) -> (UInt8, UInt8, UInt8)) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0) // filter: none
            for x in 0..<width {
                let (r, g, b) = pixel(x, y)
                raw += [r, g, b]
            }
        }
        var ihdr = be32(width) + be32(height)
        ihdr += [8, 2, 0, 0, 0] // 8 bits, RGB, deflate, no filter, no interlace
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", ihdr) + chunk("IDAT", zlibStored(raw)) + chunk("IEND", [])
    }

    /// A baseline JPEG of solid `color` (or `pixel(x, y)`), through libjpeg.
    public static func jpeg(width: Int, height: Int, quality: Int = 90, pixel: (Int, Int) -> (UInt8, UInt8, UInt8)) -> [UInt8] {
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let (r, g, b) = pixel(x, y)
                let at = (y * width + x) * 3
                rgb[at] = r
                rgb[at + 1] = g
                rgb[at + 2] = b
            }
        }
        var length: UInt = 0
        guard let out = rgb.withUnsafeBufferPointer({ media_jpeg_encode($0.baseAddress, Int32(width), Int32(height), Int32(quality), &length) }) else {
            return []
        }
        defer { free(out) }
        return Array(UnsafeBufferPointer(start: out, count: Int(length)))
    }

    /// `jpeg` with an EXIF block (APP1) whose Orientation tag is `orientation`, as phones write
    /// it: orientation 6 for a portrait photo stored sideways.
    public static func exifOriented(_ jpeg: [UInt8], _ orientation: Int) -> [UInt8] {
        // TIFF, big-endian: the header, one IFD of one entry (0x0112, SHORT, one value), no next IFD.
        let tiff: [UInt8] = Array("MM".utf8) + [0, 42] + be32(8) + [0, 1] + [0x01, 0x12, 0, 3] + be32(1)
            + [0, UInt8(orientation), 0, 0] + be32(0)
        let body: [UInt8] = Array("Exif".utf8) + [0, 0] + tiff
        let segment: [UInt8] = [0xFF, 0xE1, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
        return Array(jpeg[0..<2]) + segment + Array(jpeg[2...])
    }

    /// An MP4 (or a QuickTime file with `brand` "qt  ") with one track: `handler` "vide" with a
    /// `codec` sample entry, `seconds` long.
    public static func mp4(brand: String = "isom", handler: String = "vide", codec: String = "avc1", seconds: Int, width: Int = 1080, height: Int = 1920) -> [UInt8] {
        let timescale = 1000
        let mvhd = box("mvhd", [0, 0, 0, 0] + be32(0) + be32(0) + be32(timescale) + be32(seconds * timescale) + [UInt8](repeating: 0, count: 80))
        var tkhd: [UInt8] = [0, 0, 0, 3] + [UInt8](repeating: 0, count: 72)
        tkhd += be32(width << 16) + be32(height << 16)
        let hdlr = box("hdlr", [0, 0, 0, 0] + be32(0) + Array(handler.utf8) + [UInt8](repeating: 0, count: 13))
        let entry = box(codec, [UInt8](repeating: 0, count: 78))
        let stsd = box("stsd", [0, 0, 0, 0] + be32(1) + entry)
        let trak = box("trak", box("tkhd", tkhd) + box("mdia", hdlr + box("minf", box("stbl", stsd))))
        let ftyp = box("ftyp", Array(brand.utf8) + be32(0) + Array("isommp42".utf8))
        return ftyp + box("moov", mvhd + trak) + box("mdat", [UInt8](repeating: 0, count: 64))
    }

    /// A constant-rate MP3 (128 kbit/s, 44.1 kHz, MPEG-1 Layer III) of about `seconds`.
    public static func mp3(seconds: Double) -> [UInt8] {
        let frameLength = 417 // 144 × 128000 / 44100, no padding
        let frames = Int(seconds * 44100 / 1152)
        var frame: [UInt8] = [0xFF, 0xFB, 0x90, 0x64]
        frame += [UInt8](repeating: 0, count: frameLength - 4)
        let id3: [UInt8] = Array("ID3".utf8) + [4, 0, 0, 0, 0, 0, 0]
        return id3 + Array((0..<frames).map { _ in frame }.joined())
    }

    public static func box(_ type: String, _ body: [UInt8]) -> [UInt8] { be32(8 + body.count) + Array(type.utf8) + body }

    private static func be32(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return be32(data.count) + body + be32(Int(crc32(body)))
    }

    /// zlib with stored (uncompressed) deflate blocks.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65535, data.count - offset)
            let last: UInt8 = offset + length >= data.count ? 1 : 0
            out += [last, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[offset..<offset + length]
            offset += length
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return out + be32(Int(b << 16 | a))
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Writes `bytes` to a new file named `name` in a fresh temporary folder.
    public static func write(_ bytes: [UInt8], named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("media-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
