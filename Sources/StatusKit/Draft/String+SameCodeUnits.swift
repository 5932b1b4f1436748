import Foundation

extension String {
    /// Whether the two hold the same bytes, and so the same code points. `==` compares
    /// canonical equivalence: it takes "é" and "e" with a combining accent for one text, though
    /// a gateway counts them as one and two code points against its limits, and it normalises
    /// non-ASCII text each time it compares.
    public func hasSameCodeUnits(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var one = self, other = other
        return one.withUTF8 { a in other.withUTF8 { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }
}
