import Foundation
import TerminalTestSupport
import XCTest

/// A campaign in the composer's Schedule panel, in a real terminal: imported by the command,
/// shown under its name with its progress, paused whole after y/n, and seen paused by
/// `campaign status`.
final class ComposerCampaignTmuxTests: XCTestCase {
    func testTheSchedulePanelShowsACampaignsProgressAndPausesItWhole() async throws {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "loja", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-7171"),
        ])
        try sandbox.writeConfig(topLevel: #"timezone = "America/Sao_Paulo""#)
        let env = sandbox.terminalEnvironment()
        let plan = sandbox.home.path + "/semana.csv"
        try "quando;contas;texto\n2030-01-14 08:00;loja;Segunda: pão de queijo\n2030-01-15 08:00;loja;Terça: café\n"
            .write(toFile: plan, atomically: true, encoding: .utf8)
        let imported = try CLIRunner.run(["campaign", "import", plan], environment: env)
        XCTAssertEqual(imported.exitCode, 0, imported.all)

        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account loja", environment: env)
        defer { tmux.kill() }
        tmux.expect(text: "Ctrl-R/F3 history")
        tmux.sendKeys("C-t")
        let panel = tmux.expect("the campaign with its progress") { $0.contains("“semana”") && $0.contains("0/2 posted") }
        XCTAssertTrue(panel.contains("“Segunda: pão de queijo”") && panel.contains("“Terça: café”"), panel)
        tmux.sendKeys("Home")
        tmux.sendKeys("p")
        tmux.expect(text: "Pause campaign “semana” (2 items)?")
        tmux.sendKeys("y")
        tmux.expect("both rows paused") { $0.contains("2 paused") }

        let status = try CLIRunner.run(["campaign", "status", "semana", "--json"], environment: env)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any], status.all)
        XCTAssertEqual(object["paused"] as? Int, 2, status.stdout)
        XCTAssertEqual(object["scheduled"] as? Int, 0, status.stdout)
        await sandbox.stop()
    }
}
