import Foundation

/// One thing `doctor` looked at: what it found and, for a problem, how to fix it.
struct DoctorFinding: Encodable {
    enum Status: String, Encodable {
        /// Nothing to do.
        case ok
        /// Worth knowing, nothing to fix.
        case note
        /// Needs fixing: `doctor` exits 1.
        case problem
        /// Not looked at, and why (`detail`).
        case skipped
    }

    /// Stable name for scripts, e.g. `terminal.locale`, `account.shop`.
    let check: String
    let status: Status
    let detail: String
    var fix: String?

    static func ok(_ check: String, _ detail: String) -> DoctorFinding { DoctorFinding(check: check, status: .ok, detail: detail) }
    static func note(_ check: String, _ detail: String, fix: String? = nil) -> DoctorFinding { DoctorFinding(check: check, status: .note, detail: detail, fix: fix) }
    static func problem(_ check: String, _ detail: String, fix: String) -> DoctorFinding { DoctorFinding(check: check, status: .problem, detail: detail, fix: fix) }
    static func skipped(_ check: String, _ detail: String) -> DoctorFinding { DoctorFinding(check: check, status: .skipped, detail: detail) }

    var mark: String {
        switch status {
        case .ok: "✓"
        case .note: "·"
        case .problem: "✗"
        case .skipped: "-"
        }
    }

    /// One JSON object on one line.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
