import Foundation
import XCTest

/// A detached tmux server on its own socket running one command in a pane of a given size,
/// for driving the real terminal backend: keys, pastes, resizes, and reading the screen back.
/// `kill()` (also run on deinit) always ends the server.
public final class TmuxSession {
    private let tmux: String
    private let socket: String
    private var killed = false
    private var socketPath = ""
    /// The server and the program in its pane, ended directly should kill-server not end them.
    private var processes: [pid_t] = []
    /// Added to the environment of the server, so it reaches the program without appearing in
    /// its arguments (tokens, LANG, NO_COLOR).
    private let extraEnvironment: [String: String]

    /// tmux from PATH, or nil when it is not installed.
    public static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        extraEnvironment = environment
        guard let tmux = TmuxSession.executable else { throw XCTSkip("tmux is not installed") }
        self.tmux = tmux
        socket = "terminalui-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        try check(run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command]), "new-session")
        // Esc reaches the program 10 ms after it is typed instead of tmux's default 500 ms.
        _ = run(["set-option", "-g", "escape-time", "10"])
        socketPath = format("#{socket_path}")
        processes = [format("#{pane_pid}"), format("#{pid}")].compactMap { pid_t($0) }
    }

    deinit { kill() }

    public func kill() {
        guard !killed else { return }
        killed = true
        _ = run(["kill-server"])
        // The server leaves its socket file behind.
        if !socketPath.isEmpty { unlink(socketPath) }
        // kill-server has been seen to leave a server and its program running; never leak them.
        let deadline = Date().addingTimeInterval(2)
        while processes.contains(where: { Foundation.kill($0, 0) == 0 }), Date() < deadline { usleep(20_000) }
        for pid in processes where Foundation.kill(pid, 0) == 0 { Foundation.kill(pid, SIGKILL) }
    }

    /// Keys in tmux's names: "C-s", "Escape", "M-x", "Up", "F5", "BTab", "Enter".
    public func sendKeys(_ keys: String...) {
        _ = run(["send-keys"] + keys)
    }

    /// Text typed literally.
    public func type(_ text: String) {
        _ = run(["send-keys", "-l", text])
    }

    /// Pastes `text` the way a terminal does: inside bracketed-paste markers when the program
    /// asked for them. tmux turns LF into CR unless `rawNewlines`.
    public func paste(_ text: String, rawNewlines: Bool = false) {
        _ = run(["set-buffer", "-b", "test", "--", text])
        _ = run(["paste-buffer", "-p", "-d", "-b", "test"] + (rawNewlines ? ["-r"] : []))
    }

    public func resize(width: Int, height: Int) {
        _ = run(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible pane as text, or with escape sequences for colours and attributes.
    public func screen(withEscapes: Bool = false) -> String {
        run(["capture-pane", "-p"] + (withEscapes ? ["-e"] : [])).output
    }

    /// A tmux format for the pane, e.g. "#{alternate_on}".
    public func format(_ format: String) -> String {
        run(["display-message", "-p", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `predicate` holds; false after `timeout` seconds.
    @discardableResult
    public func waitFor(timeout: TimeInterval = 15, _ predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if predicate(screen()) { return true }
            usleep(50_000)
        } while Date() < deadline
        return false
    }

    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 15) -> Bool {
        waitFor(timeout: timeout) { $0.contains(text) }
    }

    private func check(_ result: (status: Int32, output: String), _ what: String) throws {
        if result.status != 0 { throw TmuxError(message: "tmux \(what) failed: \(result.output)") }
    }

    /// Runs tmux with posix_spawn and waitpid. (Foundation's Process is not used: its
    /// waitUntilExit hung here on the client that new-session leaves behind.) Output goes
    /// to a file, not a pipe: the server new-session starts keeps inherited descriptors open.
    private func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        environment.merge(extraEnvironment) { $1 }
        let argv = [tmux, "-L", socket, "-f", "/dev/null"] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        let argvPointers = argv.map { strdup($0) } + [nil]
        let envpPointers = envp.map { strdup($0) } + [nil]
        defer { (argvPointers + envpPointers).forEach { free($0) } }

        var pid: pid_t = 0
        guard posix_spawn(&pid, tmux, &actions, nil, argvPointers, envpPointers) == 0 else { return (-1, "spawn failed") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return ((status >> 8) & 0xFF, String(decoding: data, as: UTF8.self))
    }
}

public struct TmuxError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
