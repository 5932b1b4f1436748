import StatusKit
import TerminalCells

/// The form to add an account from inside the composer (A on the Accounts field): the same
/// answers as `status-composer accounts add`, the tokens typed without being shown. The app
/// checks and writes them; the form shows each problem under its field.
public struct AccountForm: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case gateway, name, instance, baseURL, token, clientToken
    }

    /// The gateways offered, in this order.
    public static let gateways: [GatewayKind] = [.zapi, .greenAPI, .ryze, .evolution, .sandbox]

    public var gateway: GatewayKind = .zapi
    public var name = EditableText()
    public var instance = EditableText()
    public var baseURL = EditableText()
    public var token = EditableText()
    public var clientToken = EditableText()
    public var focus: Field = .gateway
    /// The app's answer to the last save, by field.
    public var problems: [Field: String] = [:]
    /// Set while the app writes the account.
    public var saving = false

    public init() {}

    /// Z-API alone has a client token (the account's security token, optional).
    public var fields: [Field] { Field.allCases.filter { $0 != .clientToken || gateway == .zapi } }

    /// The field's text (nil for the gateway, a choice).
    public func text(of field: Field) -> EditableText? {
        switch field {
        case .gateway: nil
        case .name: name
        case .instance: instance
        case .baseURL: baseURL
        case .token: token
        case .clientToken: clientToken
        }
    }

    mutating func edit(_ field: Field, _ change: (inout EditableText) -> Void) {
        switch field {
        case .gateway: break
        case .name: change(&name)
        case .instance: change(&instance)
        case .baseURL: change(&baseURL)
        case .token: change(&token)
        case .clientToken: change(&clientToken)
        }
    }

    /// What to write, blanks trimmed; the client token only for Z-API and when given.
    public var entry: AccountFormEntry {
        func trimmed(_ text: EditableText) -> String { text.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let client = trimmed(clientToken)
        return AccountFormEntry(
            gateway: gateway, name: trimmed(name), instance: trimmed(instance), baseURL: trimmed(baseURL), token: Secret(trimmed(token)),
            clientToken: gateway == .zapi && !client.isEmpty ? Secret(client) : nil)
    }
}

/// The form's answers, for the app to check and write. Its description never shows a token.
public struct AccountFormEntry: Sendable, Equatable, CustomStringConvertible {
    public let gateway: GatewayKind
    public let name: String
    public let instance: String
    /// Empty: the gateway's public address.
    public let baseURL: String
    /// Secrets: printed or reflected, they show as dots.
    public let token: Secret
    public let clientToken: Secret?

    public init(gateway: GatewayKind, name: String, instance: String, baseURL: String, token: Secret, clientToken: Secret?) {
        self.gateway = gateway
        self.name = name
        self.instance = instance
        self.baseURL = baseURL
        self.token = token
        self.clientToken = clientToken
    }

    public var description: String { "account \(name) (\(gateway.displayName), instance \(instance))" }
}

/// Why the app did not add the account: a problem per field, or one that is no field's.
public struct AccountFormProblems: Error, Sendable, Equatable {
    public let byField: [AccountForm.Field: String]
    public let other: String?

    public init(byField: [AccountForm.Field: String], other: String? = nil) {
        self.byField = byField
        self.other = other
    }
}
