import StatusKit

/// What a media file's bytes are, whatever its name says: each reader tries its formats'
/// signatures in turn.
public enum MediaSniffer {
    /// Enough for any JPEG's segments before its frame header (EXIF with a thumbnail is at
    /// most 64 KB) and for an MP3's first frame past a small ID3 tag.
    static let headLength = 128 * 1024

    public static func content(of bytes: MediaBytes) -> MediaContent {
        guard bytes.count > 0 else { return .unrecognised(why: "it is empty") }
        let head = bytes.read(at: 0, length: headLength)
        if let image = ImageHeader.read(head) { return image }
        if let movie = MP4Boxes.read(bytes) { return movie }
        if let audio = AudioHeader.read(bytes) { return audio }
        if head.count >= 4, head[0..<4].elementsEqual([0x1A, 0x45, 0xDF, 0xA3]) {
            return .video(container: "WebM/Matroska", codec: nil, seconds: nil, width: nil, height: nil)
        }
        if head.starts(with: "RIFF"), head.starts(with: "AVI ", at: 8) {
            return .video(container: "AVI", codec: nil, seconds: nil, width: nil, height: nil)
        }
        return .unrecognised(why: "its first bytes are none of JPEG, PNG, WebP, GIF, MP4, MP3, WAV or Ogg")
    }
}
