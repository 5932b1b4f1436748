import Foundation

/// Fresh random identifiers in the shapes each gateway returns.
enum RandomID {
    private static let hexDigits = Array("0123456789ABCDEF")

    /// `count` random uppercase hexadecimal digits.
    static func hex(_ count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in hexDigits[Int(generator.next(upperBound: UInt8(16)))] })
    }

    /// A random lowercase UUID string, as Evolution reports instance ids.
    static func uuid() -> String {
        UUID().uuidString.lowercased()
    }
}
