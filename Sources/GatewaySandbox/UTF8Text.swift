import Foundation

/// Strict UTF-8 decoding that refuses, rather than repairs, invalid input.
enum UTF8Text {
    /// The text the bytes spell, or nil when they are not valid UTF-8.
    static func strict(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty else { return "" }
        var text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces invalid sequences with U+FFFD, which changes the byte sequence.
        let unchanged = text.withUTF8 { utf8 in
            utf8.count == bytes.count
                && bytes.withUnsafeBufferPointer { memcmp(utf8.baseAddress!, $0.baseAddress!, bytes.count) == 0 }
        }
        return unchanged ? text : nil
    }
}
