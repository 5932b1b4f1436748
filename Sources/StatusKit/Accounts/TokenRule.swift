/// A token goes into URLs and headers as it is: it must be one word of visible ASCII. The
/// message says where the first other character is, never the token.
public enum TokenRule {
    public static func problem(_ token: String, key: String) -> String? {
        if token.isEmpty { return "\(key): empty" }
        if let offset = token.unicodeScalars.firstIndex(where: { !isOneWordCharacter($0) }) {
            let position = token.unicodeScalars.distance(from: token.unicodeScalars.startIndex, to: offset) + 1
            return "\(key): the token has a space, a control character or a non-ASCII letter at character \(position); a token is one word of letters, digits and signs — check that it is the right one"
        }
        return nil
    }

    /// What a token or an instance id may hold: visible ASCII, no space.
    public static func isOneWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value)
    }
}
