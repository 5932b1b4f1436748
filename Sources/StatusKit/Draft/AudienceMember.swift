/// One person a status is shown to, kept as the international number's digits and written
/// out per gateway (`<digits>@c.us` for Green API, `<digits>@s.whatsapp.net` for Evolution).
public struct AudienceMember: Sendable, Hashable, CustomStringConvertible {
    public let digits: String

    public var description: String { digits }
    public var greenChatId: String { digits + "@c.us" }
    public var whatsappJID: String { digits + "@s.whatsapp.net" }

    /// E.164 allows at most 15 digits; anything under 8 cannot carry a country code and a number.
    public static let digitRange = 8...15

    /// Parses a phone number (`+55 (11) 99999-9999`, `005511999999999`) or a person's JID
    /// (`5511999999999@s.whatsapp.net`, `5511999999999@c.us`). The error says what is wrong.
    public static func parse(_ raw: String) -> Result<AudienceMember, AudienceError> {
        let entry = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !entry.isEmpty else { return .failure(.empty) }
        if let at = entry.firstIndex(of: "@") {
            let local = String(entry[..<at])
            let domain = entry[entry.index(after: at)...].lowercased()
            guard domain == "s.whatsapp.net" || domain == "c.us" else {
                return .failure(.notAPerson(domain: domain))
            }
            guard local.allSatisfy(\.isASCIIDigit) else { return .failure(.badCharacters) }
            return checkedLength(local)
        }
        let allowed = Set("0123456789 +-().\t")
        guard entry.allSatisfy({ allowed.contains($0) }) else { return .failure(.badCharacters) }
        var digits = entry.filter(\.isASCIIDigit)
        if !entry.hasPrefix("+") {
            if digits.hasPrefix("00") {
                digits.removeFirst(2)
            } else if digits.hasPrefix("0") {
                return .failure(.missingCountryCode)
            }
        }
        return checkedLength(digits)
    }

    private static func checkedLength(_ digits: String) -> Result<AudienceMember, AudienceError> {
        guard digitRange.contains(digits.count) else { return .failure(.length(digits.count)) }
        return .success(AudienceMember(digits: digits))
    }

    private init(digits: String) { self.digits = digits }
}

/// Why an audience entry is not a usable number.
public enum AudienceError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case badCharacters
    case missingCountryCode
    case length(Int)
    case notAPerson(domain: String)

    /// The reason in English.
    public var description: String { description(in: .english) }

    /// The reason in the interface language, to follow `to: '<entry>'; ` / `para: '<entry>'; `.
    public func description(in language: Language) -> String {
        switch language {
        case .english: english
        case .portuguese: portuguese
        }
    }

    private var english: String {
        switch self {
        case .empty: "empty entry"
        case .badCharacters: "a phone number may hold only digits, spaces, +, -, ( ) and dots"
        case .missingCountryCode: "starts with 0: write it with the country code (55 for Brazil), e.g. +55 11 99999-9999"
        case .length(let count): "\(count) digits; a number with its country code has 8 to 15"
        case .notAPerson(let domain): "@\(domain) is not a person's number; a status audience takes phone numbers or @s.whatsapp.net / @c.us JIDs"
        }
    }

    private var portuguese: String {
        switch self {
        case .empty: "item vazio"
        case .badCharacters: "um número de telefone só pode ter dígitos, espaços, +, -, ( ) e pontos"
        case .missingCountryCode: "começa com 0: escreva com o código do país (55 para o Brasil), por exemplo +55 11 99999-9999"
        case .length(let count): "\(count) \(count == 1 ? "dígito" : "dígitos"); um número com o código do país tem de 8 a 15 dígitos"
        case .notAPerson(let domain): "@\(domain) não é o número de uma pessoa; o público de um status aceita números de telefone ou JIDs @s.whatsapp.net / @c.us"
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import Foundation
