import Foundation
import XCTest

@testable import TerminalUI

final class ExternalEditorTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("editor-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// An executable shell script in the test directory; the edited file is its last argument.
    private func script(_ name: String, _ body: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try ("#!/bin/sh\nfor file; do :; done\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(path, 0o755), 0)
        return path
    }

    private func environment(editor: String) -> [String: String] {
        ["EDITOR": editor, "PATH": "/usr/bin:/bin", "TMPDIR": directory.path]
    }

    func testEditReturnsTheEditedTextWithoutTheTrailingNewline() throws {
        let editor = try script("append", #"printf '%s and more\n' "$(cat "$file")" > "$file""#)
        XCTAssertEqual(ExternalEditor.edit("Olá 😀", environment: environment(editor: editor)), "Olá 😀 and more")
    }

    func testFileIsPrefilledWithTheTextAndANewline() throws {
        let copy = directory.appendingPathComponent("seen").path
        let editor = try script("copy", "cp \"$file\" '\(copy)'")
        XCTAssertEqual(ExternalEditor.edit("line 1\nline 2", environment: environment(editor: editor)), "line 1\nline 2")
        XCTAssertEqual(try String(contentsOfFile: copy, encoding: .utf8), "line 1\nline 2\n")
    }

    func testEmptyTextGivesAnEmptyFile() throws {
        let copy = directory.appendingPathComponent("seen").path
        let editor = try script("copy", "cp \"$file\" '\(copy)'")
        XCTAssertEqual(ExternalEditor.edit("", environment: environment(editor: editor)), "")
        XCTAssertEqual(try String(contentsOfFile: copy, encoding: .utf8), "")
    }

    func testArgumentsFromTheVariableArePassedBeforeTheFile() throws {
        let editor = try script("args", #"printf '%s|' "$@" > "$file""#)
        let result = ExternalEditor.edit("x", environment: environment(editor: editor + " --wait 'two words'"))
        XCTAssertEqual(result?.hasPrefix("--wait|two words|\(directory.path)/status-composer-"), true, result ?? "nil")
        XCTAssertEqual(result?.hasSuffix(".txt|"), true)
    }

    func testFailingEditorGivesNil() throws {
        let editor = try script("fail", "echo changed > \"$file\"; exit 3")
        XCTAssertNil(ExternalEditor.edit("keep", environment: environment(editor: editor)))
    }

    func testDeletedFileGivesNil() throws {
        let editor = try script("delete", "rm -f \"$file\"")
        XCTAssertNil(ExternalEditor.edit("keep", environment: environment(editor: editor)))
    }

    func testMissingEditorGivesNil() {
        XCTAssertNil(ExternalEditor.edit("keep", environment: environment(editor: "no-such-editor-here")))
    }

    func testTemporaryFileIsRemoved() throws {
        let editor = try script("noop", "true")
        XCTAssertEqual(ExternalEditor.edit("text", environment: environment(editor: editor)), "text")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("status-composer-") }
        XCTAssertEqual(leftovers, [])
    }

    func testVisualWinsOverEditorAndBlankIsSkipped() {
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["VISUAL": "vim -u NONE", "EDITOR": "nano"]), ["vim", "-u", "NONE"])
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["VISUAL": "  ", "EDITOR": "micro"]), ["micro"])
        XCTAssertEqual(ExternalEditor.commandName(environment: ["EDITOR": "/usr/local/bin/nvim --clean"]), "nvim")
    }

    func testFallsBackToNanoOnPathThenVi() throws {
        let bin = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["PATH": bin.path]), ["vi"])
        let nano = bin.appendingPathComponent("nano").path
        try "#!/bin/sh\n".write(toFile: nano, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(nano, 0o755), 0)
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["PATH": bin.path]), ["nano"])
        XCTAssertEqual(ExternalEditor.commandName(environment: ["PATH": bin.path]), "nano")
    }
}
