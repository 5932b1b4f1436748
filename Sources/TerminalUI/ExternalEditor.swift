import Foundation

/// Hands text to the user's editor and reads it back. Call it inside
/// `TerminalScreen.suspend { … }` so the editor gets the terminal to itself.
public enum ExternalEditor {
    /// Opens `$VISUAL`, else `$EDITOR`, else `nano` or `vi` from PATH, on a private temporary
    /// file holding `text`, and waits for it. Returns the file's text afterwards (one trailing
    /// newline removed; editors add it), or nil when the editor could not start, exited with
    /// a failure, or the file is gone. The temporary file is removed either way.
    public static func edit(_ text: String, environment: [String: String]) -> String? {
        guard let command = editorCommand(environment: environment),
              let program = EditorProcess.resolve(command[0], path: environment["PATH"])
        else { return nil }
        guard let file = createTemporaryFile(containing: text, environment: environment) else { return nil }
        defer { unlink(file) }
        let succeeded = EditorProcess.run(program: program, arguments: Array(command.dropFirst()) + [file], environment: environment)
        guard succeeded, let data = FileManager.default.contents(atPath: file) else { return nil }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.last == "\n" || edited.last == "\r\n" { edited.removeLast() }
        return edited
    }

    /// The program that `edit` runs, for showing in hints ("Ctrl-E: edit in vim"): the last
    /// path component of the command's first word.
    public static func commandName(environment: [String: String]) -> String {
        guard let first = editorCommand(environment: environment)?.first else { return "vi" }
        return first.split(separator: "/").last.map(String.init) ?? first
    }

    /// The editor's command line as words: `$VISUAL` or `$EDITOR` when set and not blank,
    /// otherwise `nano` when it is on PATH, otherwise `vi`.
    public static func editorCommand(environment: [String: String]) -> [String]? {
        for variable in ["VISUAL", "EDITOR"] {
            let words = CommandWords.split(environment[variable] ?? "")
            if !words.isEmpty { return words }
        }
        if EditorProcess.resolve("nano", path: environment["PATH"]) != nil { return ["nano"] }
        return ["vi"]
    }

    /// A new file only the user can read, named so editors pick plain-text mode.
    private static func createTemporaryFile(containing text: String, environment: [String: String]) -> String? {
        var directory = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
        var template = Array("\(directory)/status-composer-XXXXXX.txt".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else { return nil }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // A trailing newline, as editors write it themselves; removed again when reading.
        let bytes = Array((text.isEmpty ? "" : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return false }
                offset += result
            }
            return true
        }
        close(descriptor)
        guard written else {
            unlink(path)
            return nil
        }
        return path
    }
}
