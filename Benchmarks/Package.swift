// swift-tools-version:6.1
// The composer's micro-benchmarks, in a package of their own so the app's build and `make test`
// never carry the benchmark library. Run with `make bench` (or `swift package benchmark` here).
import Foundation
import PackageDescription

// The app is the parent folder; SwiftPM names a path dependency after its folder, which differs
// between checkouts.
let app = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "status-composer-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        // Only the malloc interposer: the runtime interposer is not needed for these metrics.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Reducer + render of one typed character, at 80×24 and 200×60.
        .executableTarget(
            name: "KeystrokeCost",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ComposerCore", package: app),
            ],
            path: "Benchmarks/KeystrokeCost",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
