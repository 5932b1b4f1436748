import Foundation
import HTTPTypes
import Hummingbird

extension Request {
    /// The first value of a header, matched case-insensitively.
    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headers[$0] }
    }

    /// A query parameter, percent-decoded.
    func query(_ name: String) -> String? {
        uri.queryParameters.get(name)
    }

    /// True when `Content-Type` names `application/json`, parameters such as charset allowed.
    var hasJSONContentType: Bool {
        guard let contentType = headers[.contentType] else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
    }

    /// The token of an `Authorization: Bearer <token>` header.
    var bearerToken: String? {
        guard let authorization = header("Authorization"), authorization.lowercased().hasPrefix("bearer ") else {
            return nil
        }
        return authorization.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
    }
}
