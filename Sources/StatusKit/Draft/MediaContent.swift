import Foundation

/// What a media file's own bytes say it is, read from its headers (an image's header, an MP4's
/// boxes, an MP3's frames) by the Media module: the format whatever its name, and the facts
/// the checks need. StatusKit only holds and judges them.
public enum MediaContent: Sendable, Equatable {
    case image(ImageFormat, width: Int, height: Int)
    /// `container` names the file type (`MP4`, `QuickTime`, `3GP`, `WebM`…); `codec` the first
    /// video track's sample format (`avc1` is H.264), nil when none was found.
    case video(container: String, codec: String?, seconds: Double?, width: Int?, height: Int?)
    case audio(format: String, seconds: Double?)
    /// Bytes none of the readers recognise; `why` says what they saw.
    case unrecognised(why: String)

    public enum ImageFormat: String, Sendable, Equatable {
        case jpeg = "JPEG", png = "PNG", webp = "WebP", gif = "GIF"
    }

    /// The kind of status the bytes make, nil when unrecognised.
    public var kind: StatusKind? {
        switch self {
        case .image: .image
        case .video: .video
        case .audio: .audio
        case .unrecognised: nil
        }
    }

    /// One line for under the media field: `image · JPEG · 1080×1920 · 412 KB`,
    /// `video · MP4 · H.264 · 0:42 · 3.1 MB`, `audio · MP3 · 3:05 · 2.9 MB`.
    public func summary(byteCount: Int?, _ language: Language = .english) -> String {
        var parts: [String]
        switch self {
        case .image(let format, let width, let height):
            parts = ["image", format.rawValue, "\(width)×\(height)"]
        case .video(let container, let codec, let seconds, let width, let height):
            parts = ["video", container]
            if let codec { parts.append(Self.codecName(codec)) }
            if let width, let height, width > 0, height > 0 { parts.append("\(width)×\(height)") }
            if let seconds { parts.append(Self.duration(seconds)) }
        case .audio(let format, let seconds):
            parts = ["audio", format]
            if let seconds { parts.append(Self.duration(seconds)) }
        case .unrecognised(let why):
            parts = [why]
        }
        if let byteCount { parts.append(Format.bytes(byteCount, language)) }
        return parts.joined(separator: " · ")
    }

    /// `1:30`, `12:05`, `1:02:03`: whole seconds, rounded down.
    public static func duration(_ seconds: Double) -> String {
        let total = Int(max(0, seconds))
        let hours = total / 3600, minutes = total / 60 % 60, rest = total % 60
        let tail = String(format: "%02d", rest)
        return hours > 0 ? "\(hours):" + String(format: "%02d", minutes) + ":" + tail : "\(minutes):" + tail
    }

    /// A sample-entry code as people know it: `avc1` → `H.264`.
    public static func codecName(_ code: String) -> String {
        switch code {
        case "avc1", "avc3": "H.264"
        case "hvc1", "hev1": "HEVC (\(code))"
        case "av01": "AV1"
        case "vp09": "VP9"
        case "mp4v": "MPEG-4 Part 2"
        default: code
        }
    }
}

/// What a link answered to a bounded `HEAD`: its status and type, or why it could not be
/// reached from here (the gateway may still reach it).
public enum LinkHead: Sendable, Equatable {
    case answered(status: Int, contentType: String?, byteCount: Int?)
    case unreachable(why: String)
}
