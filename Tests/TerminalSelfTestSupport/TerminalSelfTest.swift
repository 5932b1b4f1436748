import Foundation
import TerminalCells
import TerminalUI

/// A diagnostic for the tests, not shipped in the program: it opens the terminal, shows accents,
/// emoji and colour swatches, and prints every event it receives as a line of text
/// (`key:character(a)`, `paste:"hello\nwörld"`, `resize:40x12`) until Ctrl-Q. Ctrl-E edits
/// the typed line in the external editor (exercising `suspend`). SIGTERM/SIGHUP end it too.
public enum TerminalSelfTest {
    /// Returns the process exit status: 0 after Ctrl-Q, 1 when the terminal could not be
    /// opened (the reason goes to stderr), 128 + the signal after a termination signal.
    @MainActor
    public static func run(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(environment: environment)
        } catch {
            FileHandle.standardError.write(Data("self-test: \(error)\n".utf8))
            return 1
        }
        var frame = SelfTestFrame(
            termName: screen.termName, usedFallbackTerm: screen.usedFallbackTerm,
            profile: screen.colorProfile, editorName: ExternalEditor.commandName(environment: environment)
        )
        var events = 0
        loop: while !screen.terminationRequested {
            screen.draw(frame.render(width: screen.size.width, height: screen.size.height))
            guard let event = screen.nextEvent(timeoutMilliseconds: 250) else { continue }
            events += 1
            frame.record(event.logDescription)
            switch event {
            case .key(.control("q")):
                break loop
            case .key(.control("e")):
                let edited = screen.suspend { ExternalEditor.edit(frame.input, environment: environment) }
                if let edited {
                    frame.input = edited
                    frame.record("editor:" + String(reflecting: edited))
                } else {
                    frame.record("editor:failed")
                }
            case let .key(.character(character)):
                frame.input.append(character)
            case .key(.backspace):
                if !frame.input.isEmpty { frame.input.removeLast() }
            case let .paste(text):
                frame.input += text
            default:
                break
            }
        }
        let signal = screen.terminationSignal
        screen.close()
        print("self-test: closed after \(events) events" + (signal.map { " (signal \($0))" } ?? ""))
        return signal.map { 128 + $0 } ?? 0
    }
}
