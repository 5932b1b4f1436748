/// Checks on base64 text without decoding it, so a 10 MB video is not copied to be measured.
enum Base64Text {
    static func isValid(_ text: String) -> Bool {
        var padding = 0
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"):
                if padding > 0 { return false }
                count += 1
            case UInt8(ascii: "="):
                padding += 1
                count += 1
            default:
                return false
            }
        }
        return count > 0 && count % 4 == 0 && padding <= 2
    }

    static func decodedLength(_ text: String) -> Int {
        let bytes = text.utf8
        let padding = bytes.reversed().prefix(2).filter { $0 == UInt8(ascii: "=") }.count
        return bytes.count / 4 * 3 - padding
    }
}
