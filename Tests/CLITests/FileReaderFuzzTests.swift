import Foundation
import FuzzSupport
import GRDB
import StatusKit
import XCTest

/// Every file the program reads — the config, a theme, a token file, the saved draft — broken
/// on purpose (seeded mutations of valid files, random bytes, huge files, deep nesting) and read
/// by the real binary. Each run must end by exit() with 0, 1 or 2: a signal (an abort, a stack
/// overflow) fails the test with the seed and a copy of the case, which an in-process test could
/// not even report.
///
/// CI runs a fixed seed for a few seconds; `make fuzz` sets `FUZZ_SEED` and `FUZZ_SCALE`.
final class FileReaderFuzzTests: XCTestCase {
    static let settings = FuzzSettings.fromEnvironment(defaultSeed: 20_261_202)
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes").standardized.path
    /// Where a failing case is kept for replay.
    static let failures = FileManager.default.temporaryDirectory.appendingPathComponent("status-composer-fuzz").path

    private var home: TempHome!
    private var random = settings.generator()

    override func setUp() async throws { home = try TempHome() }
    override func tearDown() async throws { home?.remove() }

    private var tokenPath: String { home.path + "/token" }
    private var themePath: String { home.path + "/theme.toml" }
    private var statePath: String { home.path + "/.local/state/status-composer/history.sqlite" }
    private var environment: [String: String] { CLIRunner.environment(["LOJA_TOKEN": "loja-token-1"], home: home.path) }
    private let dryRun = ["post", "--account", "loja-centro", "--account", "green", "--type", "text", "--text", "oi", "--dry-run"]

    private var validConfig: String {
        """
        theme = "light"
        quiet_screen = false

        [[account]]
        name = "loja-centro"
        provider = "sandbox"
        base_url = "http://127.0.0.1:9"
        instance = "loja"
        token_env = "LOJA_TOKEN"
        min_gap = 2.5

        [[account]]
        name = "green"
        provider = "green-api"
        instance = "1101"
        token_file = "\(tokenPath)"

        """
    }

    private func write(_ data: Data, to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: data)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    /// Runs one case; a crash, a hang or an exit code other than 0, 1, 2 fails with a replayable copy.
    @discardableResult
    private func run(_ label: String, _ arguments: [String]) throws -> CLIResult {
        let result = try CLIRunner.run(arguments, environment: environment, limit: 30)
        if result.termination != .exit || ![0, 1, 2].contains(result.exitCode) {
            let kept = "\(Self.failures)/\(Self.settings.seed)-\(label)-\(UUID().uuidString.prefix(8))"
            try? FileManager.default.createDirectory(atPath: (kept as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: home.path, toPath: kept)
            let how = result.termination == .exit ? "exit \(result.exitCode)" : "signal \(result.exitCode)"
            XCTFail("\(label): status-composer \(arguments.joined(separator: " ")) ended by \(how) (\(Self.settings.replay)); the case is kept in \(kept)\n\(result.stderr.suffix(600))")
        }
        return result
    }

    private func randomBytes(_ count: Int) -> Data {
        Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &random) })
    }

    func testTheValidFilesWork() throws {
        try write(Data(validConfig.utf8), to: home.configPath)
        try write(Data("green-token-2\n".utf8), to: tokenPath)
        XCTAssertEqual(try run("valid", dryRun).exitCode, 0)
    }

    /// `[ótica-centro]` and its kin aborted every command; now they are a message with the fix.
    func testAccentedTableNamesAreAMessageNotACrash() throws {
        try write(Data("green-token-2\n".utf8), to: tokenPath)
        for (header, fix) in [("[ótica-centro]", "[\"ótica-centro\"]"), ("[[área]]", "[[\"área\"]]"), ("[é]", "[\"é\"]")] {
            try write(Data((validConfig + header + "\n").utf8), to: home.configPath)
            let result = try run("accented", dryRun)
            XCTAssertEqual(result.exitCode, 2)
            XCTAssertTrue(result.stderr.contains("\(home.configPath): line 17, column \(header.hasPrefix("[[") ? 3 : 2): the table name"), result.stderr)
            XCTAssertTrue(result.stderr.contains("put the name in quotes: \(fix)"), result.stderr)
        }
        try write(Data("name = \"x\"\n[ótica]\n".utf8), to: themePath)
        try write(Data(validConfig.utf8), to: home.configPath)
        let theme = try run("accented-theme", ["compose", "--theme", themePath])
        XCTAssertEqual(theme.exitCode, 2)
        XCTAssertTrue(theme.stderr.contains("\(themePath): line 2, column 2: the table name 'ótica' starts with 'ó'"), theme.stderr)
    }

    func testMutatedConfigsNeverCrash() throws {
        try write(Data("green-token-2\n".utf8), to: tokenPath)
        for _ in 0..<(40 * Self.settings.scale) {
            try write(Data(TextMutator.mutate(validConfig, using: &random).utf8), to: home.configPath)
            try run("config", dryRun)
        }
    }

    func testMutatedThemesNeverCrash() throws {
        try write(Data(validConfig.utf8), to: home.configPath)
        try write(Data("green-token-2\n".utf8), to: tokenPath)
        let themes = try ["dark", "light", "high-contrast"].map { try String(contentsOfFile: "\(Self.themesFolder)/\($0).toml", encoding: .utf8) }
        for _ in 0..<(20 * Self.settings.scale) {
            try write(Data(TextMutator.mutate(themes.randomElement(using: &random)!, using: &random).utf8), to: themePath)
            try run("theme", ["compose", "--theme", themePath])
        }
    }

    func testBrokenTokenFilesNeverCrash() throws {
        try write(Data(validConfig.utf8), to: home.configPath)
        for round in 0..<(15 * Self.settings.scale) {
            let token = round % 3 == 0 ? randomBytes(Int.random(in: 0...300, using: &random))
                : Data(TextMutator.mutate("green-token-2\n", pieces: TextMutator.structuralPieces + ["%", "/", "?", "\r\n", "\0"], using: &random).utf8)
            try write(token, to: tokenPath)
            try run("token", dryRun)
        }
    }

    func testMutatedSavedDraftsNeverCrash() throws {
        try write(Data(validConfig.utf8), to: home.configPath)
        try write(Data("green-token-2\n".utf8), to: tokenPath)
        XCTAssertEqual(try run("draft-setup", ["history"]).exitCode, 0)
        var draft = StatusDraft()
        draft.kind = .text
        draft.text = "Promoção de verão 😀\nsó hoje"
        draft.color = "#1E8449"
        let encoded = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
        let saved = #"{"draft":\#(encoded),"accounts":["loja-centro","green"],"savedAt":786000000}"#
        let database = try DatabaseQueue(path: statePath)
        for round in 0..<(15 * Self.settings.scale) {
            let json = round % 4 == 0 ? String(decoding: randomBytes(200), as: UTF8.self) : TextMutator.mutate(saved, using: &random)
            try database.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO draft (slot, json, savedAt) VALUES (1, ?, ?)", arguments: [json, Date()])
            }
            try run("draft", ["compose"])
        }
    }

    func testRandomHugeAndDeepFilesNeverCrash() throws {
        try write(Data("green-token-2\n".utf8), to: tokenPath)
        let deep = [
            "a = " + String(repeating: "[", count: 200_000),
            String(repeating: "a.", count: 200_000) + "b = 1\n",
            "[" + String(repeating: "a.", count: 200_000) + "b]\n",
            "a = " + String(repeating: "{a = ", count: 100_000),
            String(repeating: "[[a]]\n", count: 50_000),
        ]
        var cases: [(String, Data)] = deep.map { ("deep", Data($0.utf8)) }
        cases.append(("huge", Data(String(repeating: "# a comment\n", count: 500_000).utf8)))
        cases.append(("huge", Data(("a = \"" + String(repeating: "x", count: 900_000) + "\"\n").utf8)))
        for _ in 0..<(6 * Self.settings.scale) { cases.append(("random", randomBytes(Int.random(in: 1...4096, using: &random)))) }
        for (label, data) in cases {
            try write(data, to: home.configPath)
            XCTAssertEqual(try run("\(label)-config", dryRun).exitCode, 2)
            try write(Data(validConfig.utf8), to: home.configPath)
            try write(data, to: themePath)
            try run("\(label)-theme", ["compose", "--theme", themePath])
        }
    }
}
