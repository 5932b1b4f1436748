import Foundation

/// Decodes UTF-8 into characters, or says where the first byte that is not UTF-8 (or a NUL) is:
/// `String(decoding:as:)` would quietly turn bad bytes into U+FFFD instead.
public enum UTF8Scalars {
    public struct BadByte: Error, Equatable {
        public let line: Int
        public let column: Int
        /// A NUL rather than bytes that are not UTF-8.
        public var isNul = false
    }

    public static func decode(_ data: Data) -> Result<[Unicode.Scalar], BadByte> {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(data.count)
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\0" { return .failure(BadByte(line: line, column: column, isNul: true)) }
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .error:
                return .failure(BadByte(line: line, column: column))
            case .emptyInput:
                return .success(scalars)
            }
        }
    }
}
