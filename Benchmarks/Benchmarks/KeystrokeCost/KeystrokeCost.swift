import Benchmark
import ComposerCore
import Foundation
import StatusKit
import TerminalCells

/// The same caption the terminal benchmarks type (Benchmarks/drivers/caption.py).
let caption = Array(
    "Promoção de verão: café, pão de queijo e açaí com 20% de desconto até sábado! 🎉 "
        + "Venha à nossa loja na Rua São João, 123 — atendimento das 8h às 18h. "
        + "Traga um amigo e ganhe um brinde surpresa 🚀😀 Obrigado! ☕"
)

/// A composer being typed into, one caption character per measured keystroke; the draft starts
/// over (outside the measurement) when the caption is done. The benchmark runs its samples one
/// after another on one thread, hence the unchecked Sendable.
final class TypedDraft: @unchecked Sendable {
    let size: (width: Int, height: Int)
    var state: ComposerState
    var next = 0

    init(width: Int, height: Int) {
        size = (width, height)
        state = TypedDraft.freshState(size: size)
    }

    static func freshState(size: (width: Int, height: Int)) -> ComposerState {
        let account = Account(
            name: "shop", gateway: .greenAPI, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "1101",
            token: Secret("benchmark"), mediaURL: URL(string: "http://127.0.0.1:9")
        )
        return ComposerState(accounts: [account], selected: ["shop"], size: size)
    }

    func startOverIfDone() {
        guard next == caption.count else { return }
        state = TypedDraft.freshState(size: size)
        next = 0
    }

    /// One keystroke: the reducer, then the whole screen rendered into a cell buffer.
    func typeOne() -> CellBuffer {
        _ = ComposerReducer.reduce(&state, .event(.key(.character(caption[next]))))
        next += 1
        return ComposerView.render(state)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        // CPU time is left out: the kernel counts it in 10 ms ticks, too coarse for one keystroke.
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(5),
        maxIterations: 20_000
    )
    for (width, height) in [(80, 24), (200, 60)] {
        // Made once: every sample types the next character of the same draft.
        let typing = TypedDraft(width: width, height: height)
        Benchmark("Keystroke: reduce + render at \(width)x\(height)") { benchmark in
            for _ in benchmark.scaledIterations {
                typing.startOverIfDone()
                benchmark.startMeasurement()
                blackHole(typing.typeOne())
                benchmark.stopMeasurement()
            }
        }
    }
}
