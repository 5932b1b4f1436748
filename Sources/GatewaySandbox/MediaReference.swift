import Foundation

/// How a media field refers to its file: a link, an inline data URI, or something else.
enum MediaReference: Equatable {
    case httpURL
    case dataURI(mimeType: String, decodedByteCount: Int)
    /// Looks like a data URI but its header or base64 payload is malformed.
    case malformedDataURI
    case other

    init(_ text: String) {
        if Self.isHTTPURL(text) {
            self = .httpURL
        } else if text.utf8.starts(with: "data:".utf8) {
            self = Self.parseDataURI(text)
        } else {
            self = .other
        }
    }

    /// An absolute `http` or `https` URL with a host.
    static func isHTTPURL(_ text: String) -> Bool {
        let scheme = text.prefix(8).lowercased()
        guard scheme.hasPrefix("http://") || scheme.hasPrefix("https://") else { return false }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { return false }
        return true
    }

    /// Raw base64 (whitespace tolerated) that decodes to at least one byte.
    static func isBase64(_ text: String) -> Bool {
        decodedBase64Count(text.utf8[...]) ?? 0 > 0
    }

    private static func parseDataURI(_ text: String) -> MediaReference {
        let utf8 = text.utf8
        guard let comma = utf8.firstIndex(of: UInt8(ascii: ",")) else { return .malformedDataURI }
        let header = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: 5)..<comma], as: UTF8.self)
        let parameters = header.split(separator: ";", omittingEmptySubsequences: false)
        guard let mimeType = parameters.first, parameters.last?.lowercased() == "base64",
            parameters.count >= 2, Self.isMimeType(mimeType)
        else { return .malformedDataURI }
        guard let count = decodedBase64Count(utf8[utf8.index(after: comma)...]), count > 0 else {
            return .malformedDataURI
        }
        return .dataURI(mimeType: String(mimeType).lowercased(), decodedByteCount: count)
    }

    private static func isMimeType(_ text: Substring) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && !text.contains(" ")
    }

    /// The decoded length of a base64 payload, or nil when it is not valid base64.
    private static func decodedBase64Count(_ payload: Substring.UTF8View) -> Int? {
        let data = payload.withContiguousStorageIfAvailable { Data($0) } ?? Data(payload)
        guard !data.isEmpty else { return nil }
        if let decoded = Data(base64Encoded: data) { return decoded.count }
        // Line-wrapped base64 is still base64; strip the whitespace and try again.
        let whitespace: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09]
        guard data.contains(where: whitespace.contains) else { return nil }
        let compact = Data(data.filter { !whitespace.contains($0) })
        guard !compact.isEmpty else { return nil }
        return Data(base64Encoded: compact)?.count
    }
}
