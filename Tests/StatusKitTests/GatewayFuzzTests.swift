import Foundation
import FuzzSupport
import GatewaySandbox
import StatusKit
import XCTest

/// Broken, hostile and slow answers fed to every adapter through the real sandbox over
/// loopback: each post and each delete must end in a clear failure (or a receipt where the
/// answer really holds one) within the client's timeout, never a crash or a hang.
///
/// CI runs a fixed seed; `make fuzz` sets `FUZZ_SEED` and `FUZZ_SCALE` for many more bodies.
final class GatewayFuzzTests: XCTestCase {
    /// Short, so the slow faults (trickle, stall, hang) cost little; the margin covers a loaded machine.
    static let timeout: Duration = .seconds(1)
    static let margin: TimeInterval = 1.5
    /// Seeded random bodies per gateway in a CI run.
    static let randomBodiesPerGateway = 12

    private var fixture: SandboxFixture!

    override func setUp() async throws {
        fixture = try await SandboxFixture.start(zapiClientToken: "zapi-client-\(UUID().uuidString.prefix(6))")
        fixture.server.setRateLimitsEnforced(false)
    }

    override func tearDown() async throws {
        await fixture?.stop()
        fixture = nil
    }

    /// Every fault kind the sandbox has that breaks an answer.
    static let namedFaults: [SandboxFault] = [
        .hang, .dropConnection, .serverError, .disconnected, .nonJSONBody, .truncatedBody,
        .randomBytes(seed: 7, length: 4096), .randomBytes(seed: 8, length: 0), .wrongTypes(seed: 9),
        .hugeBody(megabytes: 24), .trickle(milliseconds: 50), .stalledBody, .wrongContentType, .randomStatus(seed: 10),
    ]

    func testEveryAdapterEndsEveryFaultWithAClearAnswerInTime() async throws {
        for fault in Self.namedFaults {
            let results = await postToEveryGateway(fault)
            for result in results {
                check(result, fault: fault, mayPost: fault == .wrongContentType)
            }
        }
    }

    func testEveryAdapterReadsSeededRandomAnswers() async throws {
        let settings = FuzzSettings.fromEnvironment(defaultSeed: 0x6A7E_3A75)
        var random = settings.generator()
        let rounds = Self.randomBodiesPerGateway * settings.scale
        for round in 0..<rounds {
            let seed = random.next()
            let fault: SandboxFault
            switch round % 3 {
            case 0: fault = .randomStatus(seed: seed)
            case 1: fault = .wrongTypes(seed: seed)
            default: fault = .randomBytes(seed: seed, length: Int(seed % 3000))
            }
            for result in await postToEveryGateway(fault) {
                check(result, fault: fault, mayPost: false, replay: settings.replay)
            }
            if settings.isLong, round % 100 == 0 { print("gateway fuzz: \(round) of \(rounds) rounds, seed \(settings.seed)") }
        }
    }

    /// One post and one delete per gateway, all at once, each meeting `fault` once.
    private func postToEveryGateway(_ fault: SandboxFault) async -> [FuzzResult] {
        let fixture = self.fixture!
        let draft = StatusDraft(kind: .text, text: "fuzz", color: "#1E8449", font: "serif")
        return await withTaskGroup(of: [FuzzResult].self) { group in
            for gateway in GatewayKind.allCases {
                let account = fixture.account(gateway)
                guard let valid = DraftValidator.check(draft, for: gateway, account: account).valid else {
                    XCTFail("the fuzz draft must be valid for \(gateway)")
                    continue
                }
                group.addTask {
                    fixture.server.inject(fault, instance: account.instance, count: 1)
                    let started = Date()
                    let outcome = await StatusPoster(client: fixture.client, timeout: Self.timeout).post(valid, to: account)
                    var results = [FuzzResult(account: account, action: "post", elapsed: Date().timeIntervalSince(started), outcome: outcome.result.map { $0.messageId })]
                    guard StatusDeleter.canDelete(on: account) else { return results }
                    fixture.server.inject(fault, instance: account.instance, count: 1)
                    let deleteStarted = Date()
                    let deleted = await StatusDeleter(client: fixture.client).delete(messageId: "3EB0FUZZ", from: account, timeout: Self.timeout)
                    results.append(FuzzResult(account: account, action: "delete", elapsed: Date().timeIntervalSince(deleteStarted), outcome: deleted.map { "deleted" }))
                    return results
                }
            }
            var all: [FuzzResult] = []
            for await results in group { all += results }
            return all
        }
    }

    private func check(_ result: FuzzResult, fault: SandboxFault, mayPost: Bool, replay: String = "",
                       file: StaticString = #filePath, line: UInt = #line) {
        let context = "\(result.action) to \(result.account.gateway) with \(fault) \(replay)"
        let limit = Double(Self.timeout.components.seconds) + Self.margin
        XCTAssertLessThan(result.elapsed, limit, "took \(result.elapsed) s: \(context)", file: file, line: line)
        switch result.outcome {
        case .success(let id):
            // A delete answered with any 2xx is done, whatever its body says.
            XCTAssertTrue(mayPost || result.action == "delete", "a broken answer read as a success (\(id.debugDescription.prefix(80))): \(context)", file: file, line: line)
            XCTAssertTrue(GatewayFuzzTests.isClear(id, for: result.account), "unclear id \(id.debugDescription.prefix(80)): \(context)", file: file, line: line)
        case .failure(let failure):
            for language in [Language.english, .portuguese] {
                let message = failure.message(in: language)
                XCTAssertTrue(GatewayFuzzTests.isClear(message, for: result.account), "unclear message \(message.debugDescription.prefix(300)): \(context)", file: file, line: line)
            }
            if case .unreadableAnswer(_, let detail) = failure, case .notJSON = detail {
                XCTAssertTrue(failure.message.contains(result.account.gateway.displayName), "\(failure.message): \(context)", file: file, line: line)
            }
        }
    }

    /// One readable line: not empty, not a novel, no control characters or undecodable bytes,
    /// and no secret of the account.
    static func isClear(_ text: String, for account: Account) -> Bool {
        let secrets = [account.token.exposedValue] + (account.clientToken.map { [$0.exposedValue] } ?? [])
        return !text.trimmingCharacters(in: .whitespaces).isEmpty && text.count <= 400
            && !text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{FFFD}" }
            && !secrets.contains { text.contains($0) }
    }
}

/// What one request of the fuzz run came to.
struct FuzzResult: Sendable {
    let account: Account
    let action: String
    let elapsed: TimeInterval
    let outcome: Result<String, GatewayFailure>
}
