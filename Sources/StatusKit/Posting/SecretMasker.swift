import Foundation

/// Replaces every known secret in text shown to the user — URLs, headers, bodies, errors — by
/// a mask. The last line of defence: messages are built without secrets in the first place.
public struct SecretMasker: Sendable {
    private let secrets: [String]

    public init(secrets: [String]) {
        var all: Set<String> = []
        for secret in secrets where secret.count >= 3 {
            all.insert(secret)
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) { all.insert(encoded) }
        }
        // Longest first, so a secret that contains another is masked whole.
        self.secrets = all.sorted { $0.count > $1.count }
    }

    public init(accounts: [Account]) {
        self.init(secrets: accounts.flatMap(\.secrets))
    }

    public func mask(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: Secret.mask) }
    }
}
