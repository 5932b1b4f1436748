import TerminalCells

/// Learns how the terminal draws the emoji clusters terminals disagree on: each kind's sample
/// (`WidthProfile.Kind.sample`) is written at the top-left corner, where the first frame will
/// cover it, followed by a cursor position request (DSR, `ESC[6n`); the column of the answer
/// (`ESC[row;colR`) tells how far the sample moved the cursor. A device attributes request
/// (DA1, `ESC[c`) ends the questions: every terminal answers it, after the answers before it,
/// so a terminal that does not report its cursor is known at once, not after the time limit.
///
/// Pure: the bytes to send and the reading of the answers. `TerminalScreen` does the I/O.
struct WidthProbe: Sendable {
    let kinds: [WidthProfile.Kind]
    /// The cursor position request (terminfo `u7`).
    let positionRequest: [UInt8]

    /// Where each sample is written from: the top-left corner (the composer's first frame covers
    /// it), or the start of the current line (`doctor`, which then clears the line).
    let start: [UInt8]

    init(kinds: [WidthProfile.Kind] = WidthProfile.Kind.allCases, positionRequest: [UInt8] = Array("\u{1B}[6n".utf8), start: [UInt8] = Array("\u{1B}[H".utf8)) {
        self.kinds = kinds
        self.positionRequest = positionRequest
        self.start = start
    }

    /// The whole time the probe may take, answers or not.
    static let timeLimitMilliseconds = 150
    static let deviceAttributesRequest = Array("\u{1B}[c".utf8)

    /// What is written: for each kind, home, the sample and the position request; then DA1.
    var request: [UInt8] {
        var bytes: [UInt8] = []
        for kind in kinds {
            bytes += start + Array(kind.sample.utf8) + positionRequest
        }
        return bytes + WidthProbe.deviceAttributesRequest
    }

    /// What the terminal sent back so far, read.
    struct Answers: Equatable {
        /// The column (one-based) of each position report, in order.
        var columns: [Int] = []
        /// Whether the device attributes answer came: nothing more will.
        var finished = false
        /// Bytes that were not answers (keys typed meanwhile), in order.
        var typed: [UInt8] = []
    }

    /// Reads `bytes`: position reports, the device attributes answer, and everything else.
    /// An answer cut off at the end is left out (`complete` is false then).
    static func read(_ bytes: [UInt8]) -> (answers: Answers, complete: Bool) {
        var answers = Answers()
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else {
                if bytes[index] == 0x1B && index + 1 == bytes.count { return (answers, false) }
                answers.typed.append(bytes[index])
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { return (answers, false) }
            let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            switch bytes[end] {
            case UInt8(ascii: "R"):
                let numbers = parameters.split(separator: ";").compactMap { Int($0) }
                if numbers.count == 2 { answers.columns.append(numbers[1]) }
            case UInt8(ascii: "c") where parameters.hasPrefix("?"):
                answers.finished = true
            default:
                answers.typed += bytes[index...end]
            }
            index = end + 1
        }
        return (answers, true)
    }

    /// The profile the answers give: each sample's width is its report's column less one (it
    /// was written from the first column). Kinds without an answer stay unmeasured.
    func profile(from answers: Answers) -> WidthProfile {
        var measured: [WidthProfile.Kind: Int] = [:]
        for (kind, column) in zip(kinds, answers.columns) {
            measured[kind] = column - 1
        }
        return WidthProfile(measured)
    }
}
