/// `#RRGGBB` colour strings, as the gateways check them in request bodies.
enum HexColorPattern {
    static func isRRGGBB(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        return utf8.count == 7 && utf8[0] == UInt8(ascii: "#") && utf8.dropFirst().allSatisfy(isHexDigit)
    }

    /// `#RRGGBB` or `#AARRGGBB`.
    static func isRRGGBBOrAARRGGBB(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        return (utf8.count == 7 || utf8.count == 9) && utf8[0] == UInt8(ascii: "#") && utf8.dropFirst().allSatisfy(isHexDigit)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
