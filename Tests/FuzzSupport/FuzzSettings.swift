import Foundation

/// How long a fuzz test runs and from which seed. The defaults keep CI short and repeatable;
/// `make fuzz` sets `FUZZ_SEED` (a number, or `random`) and `FUZZ_SCALE` (a multiplier of every
/// default count) for long runs. A failure names the seed, so `FUZZ_SEED=<seed>` replays it.
public struct FuzzSettings: Sendable {
    public let seed: UInt64
    /// Multiplies each test's default amount of work.
    public let scale: Int

    public init(seed: UInt64, scale: Int) {
        self.seed = seed
        self.scale = max(1, scale)
    }

    /// Reads `FUZZ_SEED` and `FUZZ_SCALE`; `defaultSeed` when the seed is not set.
    public static func fromEnvironment(defaultSeed: UInt64, environment: [String: String] = ProcessInfo.processInfo.environment) -> FuzzSettings {
        let seedText = environment["FUZZ_SEED"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let seed: UInt64
        if seedText.lowercased() == "random" {
            seed = UInt64.random(in: 0...UInt64.max)
        } else {
            seed = UInt64(seedText) ?? defaultSeed
        }
        let scale = environment["FUZZ_SCALE"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
        return FuzzSettings(seed: seed, scale: scale)
    }

    /// True for a long run: the tests then print their progress.
    public var isLong: Bool { scale > 1 }

    /// A fresh generator for this run's seed.
    public func generator() -> SeededGenerator { SeededGenerator(seed: seed) }

    /// `FUZZ_SEED=<seed>` for a failure message.
    public var replay: String { "replay with FUZZ_SEED=\(seed)" }
}
