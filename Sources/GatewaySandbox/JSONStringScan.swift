/// Finds the bytes that matter inside a JSON string: `"`, `\` and control characters.
///
/// Bodies carry media as data URIs of tens of megabytes, so this checks eight bytes at a time
/// instead of one, which keeps parsing fast even in unoptimised builds.
enum JSONStringScan {
    /// The index of the first `"`, `\` or byte below 0x20 at or after `start`, or `buffer.count`.
    static func firstSpecialByte(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        let raw = UnsafeRawPointer(base)
        var index = start
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= buffer.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quotes = word ^ (lowBits &* 0x22)
            let backslashes = word ^ (lowBits &* 0x5C)
            // A byte of `x` is zero iff the matching byte of (x - 0x01..) & ~x has its top bit set;
            // likewise a byte is below 0x20 iff (x - 0x20..) & ~x sets it.
            let hasQuote = (quotes &- lowBits) & ~quotes & highBits
            let hasBackslash = (backslashes &- lowBits) & ~backslashes & highBits
            let hasControl = (word &- (lowBits &* 0x20)) & ~word & highBits
            if hasQuote | hasBackslash | hasControl != 0 { break }
            index += 8
        }
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index += 1
        }
        return buffer.count
    }
}
