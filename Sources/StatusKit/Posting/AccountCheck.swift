/// A draft checked against every chosen account before anything is sent.
public struct AccountCheck: Sendable {
    public let account: Account
    public let check: DraftCheck

    /// Checks the draft for each account, with messages in `language`. Posting goes ahead only
    /// when none has an error. The media field is parsed once for all of them (`media`, when the
    /// caller has parsed it already). `facts`: what Media's inspector read of the media's bytes
    /// or link (`MediaInspector.facts`), so the media checks run for every account as well.
    public static func all(
        _ draft: StatusDraft, accounts: [Account], language: Language = .english, media: Result<MediaSource, MediaError>? = nil,
        facts: MediaFacts? = nil
    ) -> [AccountCheck] {
        let parsed = media ?? (draft.kind.isMedia ? MediaSource.parse(draft.media) : nil)
        return accounts.map {
            AccountCheck(account: $0, check: DraftValidator.check(draft, for: $0.gateway, account: $0, language: language, media: parsed, facts: facts))
        }
    }

    /// The same, with the media as read before (nil: parsed from the draft, no facts).
    public static func all(_ draft: StatusDraft, accounts: [Account], language: Language = .english, reading: MediaReading?) -> [AccountCheck] {
        all(draft, accounts: accounts, language: language, media: reading?.source, facts: reading?.facts)
    }
}

extension Array where Element == AccountCheck {
    public var hasErrors: Bool { contains { !$0.check.errors.isEmpty } }

    /// The accounts with their valid drafts, when every account passed.
    public var ready: [(account: Account, draft: ValidDraft)]? {
        var out: [(account: Account, draft: ValidDraft)] = []
        for item in self {
            guard let valid = item.check.valid else { return nil }
            out.append((item.account, valid))
        }
        return out
    }
}
