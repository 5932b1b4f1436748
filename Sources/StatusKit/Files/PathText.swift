import Foundation

/// The pieces of a path people typed, worked out on its bytes. Foundation's NSString path
/// methods (`pathExtension`, `lastPathComponent`, `appendingPathComponent`,
/// `expandingTildeInPath`) compare the whole text with Unicode normalisation and trap on some
/// text — the composer's fuzz run found a media path mixing `///` with Hangul jamo and emoji
/// that ends the program inside `_stringByFixingSlashes`. A typed path must never do that.
public enum PathText {
    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    /// The last component, trailing slashes dropped: `a/b.jpg` → `b.jpg`, `/` → `/`.
    public static func lastComponent(_ path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == slash { bytes.removeLast() }
        if bytes == [slash] { return "/" }
        let start = bytes.lastIndex(of: slash).map { $0 + 1 } ?? 0
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// The extension of the last component, without its dot: `b.JPG` → `JPG`; none for
    /// `.profile`, `b.` or `b`.
    public static func pathExtension(_ path: String) -> String {
        let name = Array(lastComponent(path).utf8)
        guard let index = name.lastIndex(of: dot), index > 0, index < name.count - 1 else { return "" }
        return String(decoding: name[(index + 1)...], as: UTF8.self)
    }

    /// `~` and `~/…` in `homeFolder` (this user's home when nil), `~user/…` in that user's
    /// home; anything else as it is.
    public static func expandingTilde(_ path: String, homeFolder: String? = nil) -> String {
        guard path.utf8.first == UInt8(ascii: "~") else { return path }
        let bytes = Array(path.utf8)
        let end = bytes.firstIndex(of: slash) ?? bytes.count
        let rest = String(decoding: bytes[end...], as: UTF8.self)
        let home: String
        if end == 1 {
            home = homeFolder ?? NSHomeDirectory()
        } else {
            let user = String(decoding: bytes[1..<end], as: UTF8.self)
            guard let entry = getpwnam(user), let folder = entry.pointee.pw_dir else { return path }
            home = String(cString: folder)
        }
        let trimmed = home.utf8.last == slash && home.utf8.count > 1 ? String(home.dropLast()) : home
        return rest.isEmpty || rest == "/" ? trimmed : trimmed + rest
    }
}
