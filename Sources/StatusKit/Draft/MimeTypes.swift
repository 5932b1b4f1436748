import Foundation

/// File-extension ↔ MIME type for the media formats statuses use.
public enum MimeTypes {
    static let byExtension: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp",
        "gif": "image/gif", "mp4": "video/mp4", "3gp": "video/3gpp", "mov": "video/quicktime",
        "mp3": "audio/mpeg", "wav": "audio/wav", "ogg": "audio/ogg", "opus": "audio/ogg",
        "m4a": "audio/mp4", "aac": "audio/aac",
    ]

    public static func forFileName(_ name: String) -> String? {
        let ext = PathText.pathExtension(name).lowercased()
        return byExtension[ext]
    }

    public static func `extension`(for mime: String) -> String? {
        let preferred = ["image/jpeg": "jpg", "audio/mpeg": "mp3", "audio/ogg": "ogg", "audio/mp4": "m4a"]
        if let ext = preferred[mime] { return ext }
        return byExtension.first { $0.value == mime }?.key
    }
}
