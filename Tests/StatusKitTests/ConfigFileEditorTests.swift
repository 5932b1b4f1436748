import Foundation
import StatusKit
import XCTest

/// The config edited as text: a block appended or taken out, everything else byte for byte,
/// and a change that would break the file refused with the file left as it was.
final class ConfigFileEditorTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfe-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private let text = """
    # shops
    theme = "dark"

    [[account]]   # the first
    name = "a"
    provider = "sandbox"
    base_url = "http://127.0.0.1:1"
    instance = "i"
    token_env = "A_TOKEN"

    # b is the one in Recife
    [[account]]
    name = "b"
    provider = "evolution"
    base_url = "https://evo.example.com"
    instance = "loja"
    token_env = "B_TOKEN"
    """

    func testTheNewBlockQuotesEveryValueAndFollowsABlankLine() {
        let entry = NewAccountEntry(name: "c", gateway: .greenAPI, instance: "7103\"x", baseURL: "https://7103.api.greenapi.com", tokenFile: "/t/c")
        XCTAssertEqual(ConfigFileEditor.appending(entry.tomlBlock, to: "x = 1"), """
        x = 1

        [[account]]
        name = "c"
        provider = "green-api"
        base_url = "https://7103.api.greenapi.com"
        media_url = "https://7103.media.greenapi.com"
        instance = "7103\\"x"
        token_file = "/t/c"

        """)
        XCTAssertEqual(ConfigFileEditor.appending("[[account]]\n", to: "x = 1\n\n"), "x = 1\n\n[[account]]\n")
    }

    func testRemovingABlockKeepsTheCommentsAroundIt() throws {
        let editor = ConfigFileEditor(path: folder + "/config.toml")
        let first = try XCTUnwrap(try editor.block(named: "a", in: text))
        XCTAssertEqual(ConfigFileEditor.removing(first, from: text), """
        # shops
        theme = "dark"

        # b is the one in Recife
        [[account]]
        name = "b"
        provider = "evolution"
        base_url = "https://evo.example.com"
        instance = "loja"
        token_env = "B_TOKEN"
        """)
        let last = try XCTUnwrap(try editor.block(named: "b", in: text))
        XCTAssertTrue(ConfigFileEditor.removing(last, from: text).hasSuffix("token_env = \"A_TOKEN\"\n\n# b is the one in Recife"))
        XCTAssertNil(try editor.block(named: "c", in: text))
    }

    func testAChangeThatBreaksTheFileIsRefusedAndTheFileKept() throws {
        let path = folder + "/config.toml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o640)
        let editor = ConfigFileEditor(path: path, environment: ["A_TOKEN": "x"])
        XCTAssertThrowsError(try editor.replace(text, with: text + "\n[[account]]\nname = \"c\"\nprovider = \"zapi\"\n")) { error in
            let problems = (error as? ConfigError)?.problems ?? []
            XCTAssertEqual(problems.first, "\(path): the change was not saved, the file is as it was:")
            XCTAssertTrue(problems.contains("\(path): account 'c': instance: missing; the gateway's instance id or name"), "\(problems)")
            XCTAssertFalse(problems.contains { $0.contains("B_TOKEN") }, "a problem the file already had is not the change's")
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
        try editor.replace(text, with: text + "\n# more\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text + "\n# more\n")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o640, "the mode is kept")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["config.toml"], "no temporary file left")
    }
}
