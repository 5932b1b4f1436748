import StatusKit

/// An MP4 (ISO base media file: MP4, MOV, 3GP, M4A) read by its boxes: the brand in `ftyp`,
/// the length from `moov/mvhd`, and each track's handler (`vide`, `soun`), sample format
/// (`stsd`'s first entry: `avc1` is H.264) and picture size (`tkhd`). Only box headers and
/// these small boxes are read, never the media data. Written here because no Debian library
/// reads boxes without also pulling a whole media framework.
enum MP4Boxes {
    /// Nil when the file does not start with an ISO box (`ftyp`, or a QuickTime `moov`/`mdat`/`wide`).
    static func read(_ bytes: MediaBytes) -> MediaContent? {
        let first = bytes.read(at: 0, length: 12)
        guard let type = first.fourCC(4), ["ftyp", "moov", "mdat", "wide", "free", "skip"].contains(type) else { return nil }
        var brand = "qt  "
        if type == "ftyp" { brand = first.fourCC(8) ?? "" }
        var reader = Reader(bytes: bytes)
        reader.walk(from: 0, to: bytes.count, depth: 0)
        let container = containerName(brand)
        if let video = reader.tracks.first(where: { $0.handler == "vide" }) {
            return .video(container: container, codec: video.codec, seconds: reader.seconds, width: video.width, height: video.height)
        }
        if let sound = reader.tracks.first(where: { $0.handler == "soun" }) {
            let format = sound.codec == "mp4a" ? "AAC" : (sound.codec ?? container)
            return .audio(format: format, seconds: reader.seconds)
        }
        guard reader.sawMovie else { return .unrecognised(why: "an MP4 without its moov box — cut short or still being written") }
        return .unrecognised(why: "an MP4 with no video or sound track")
    }

    private static func containerName(_ brand: String) -> String {
        if brand == "qt  " { return "QuickTime" }
        if brand.hasPrefix("3g") { return "3GP" }
        return "MP4"
    }

    struct Track {
        var handler: String?
        var codec: String?
        var width: Int?
        var height: Int?
    }

    private struct Reader {
        let bytes: MediaBytes
        var tracks: [Track] = []
        var seconds: Double?
        var sawMovie = false
        /// Boxes looked at, bounded so a hostile file of tiny boxes cannot loop for long.
        var budget = 10_000

        mutating func walk(from start: Int, to end: Int, depth: Int) {
            var offset = start
            while offset + 8 <= end, budget > 0, depth < 8 {
                budget -= 1
                let header = bytes.read(at: offset, length: 16)
                guard let type = header.fourCC(4) else { return }
                var size = header.u32be(0), headerSize = 8
                if size == 1 { size = header.u64be(8); headerSize = 16 }
                if size == 0 { size = end - offset }
                guard size >= headerSize, offset + size <= end || depth == 0 else { return }
                let body = offset + headerSize, bodyEnd = min(end, offset + size)
                switch type {
                case "moov":
                    sawMovie = true
                    walk(from: body, to: bodyEnd, depth: depth + 1)
                case "trak":
                    tracks.append(Track())
                    walk(from: body, to: bodyEnd, depth: depth + 1)
                case "mdia", "minf", "stbl":
                    walk(from: body, to: bodyEnd, depth: depth + 1)
                case "mvhd":
                    let box = bytes.read(at: body, length: 32)
                    let (scale, duration) = box.first == 1 ? (box.u32be(20), box.u64be(24)) : (box.u32be(12), box.u32be(16))
                    if scale > 0 { seconds = Double(duration) / Double(scale) }
                case "tkhd" where !tracks.isEmpty:
                    let box = bytes.read(at: body, length: 92)
                    let at = box.first == 1 ? 88 : 76
                    tracks[tracks.count - 1].width = box.u32be(at) >> 16
                    tracks[tracks.count - 1].height = box.u32be(at + 4) >> 16
                case "hdlr" where !tracks.isEmpty:
                    tracks[tracks.count - 1].handler = bytes.read(at: body + 8, length: 4).fourCC(0)
                case "stsd" where !tracks.isEmpty:
                    tracks[tracks.count - 1].codec = bytes.read(at: body + 12, length: 4).fourCC(0)
                default:
                    break
                }
                offset += size
            }
        }
    }
}
