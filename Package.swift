// swift-tools-version:6.0
import PackageDescription

// The cells, the view-model and their tests are optimised in debug builds too: every `make test`
// drives 100,000 random events through them (ComposerFuzzTests), which takes a minute and a half
// unoptimised and seconds optimised — and optimised code is what users run.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]
// The release binary exports no symbols (the toolchain exports all of them from executables,
// so the loader resolves thousands at every start) and packs its relative relocations (lld's
// RELR: a few kilobytes read at start instead of 3 MB). Start-up and idle memory in
// BENCHMARKS.md; the binary stays position-independent.
let leanReleaseLink: [LinkerSetting] = [
    .unsafeFlags(
        ["-use-ld=lld", "-Xlinker", "--no-export-dynamic", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
        .when(configuration: .release)
    ),
]

// Linux only (Debian 12 is what it is built and tested on): the terminal code uses Glibc's
// names and Debian's ncursesw header path, and no other platform is built or tested. A build
// elsewhere stops at once with an #error (Sources/TerminalUI/LinuxOnly.swift).
let package = Package(
    name: "status-composer",
    products: [
        .executable(name: "status-composer", targets: ["status-composer"]),
        // For the benchmarks package (Benchmarks/), which measures the view-model from outside.
        .library(name: "ComposerCore", targets: ["ComposerCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/pointfreeco/swift-clocks", exact: "1.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The domain: drafts, validation, accounts, one adapter per gateway.
        .target(
            name: "StatusKit",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ]
        ),
        // A loopback server that speaks every gateway's contract, with fault injection.
        .target(
            name: "GatewaySandbox",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The local store: the journal of every post attempt, written before the request leaves.
        .target(
            name: "History",
            dependencies: ["StatusKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Campaign plans: CSV and TOML files read into rows, checked as `schedule add` checks,
        // and written back out (export).
        .target(
            name: "Campaigns",
            dependencies: [
                "StatusKit", "History", "Scheduling",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Scheduled posts: when is next (zones, daylight saving, repeats, slots) and the checks of
        // a schedule request; time behind an injected clock so the rules are tested without waiting.
        .target(
            name: "Scheduling",
            dependencies: [
                "StatusKit", "History", .product(name: "Clocks", package: "swift-clocks"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Pure terminal primitives: display width, cells, buffers, colours. No dependencies,
        // so the renderer and its tests build in seconds.
        .target(name: "TerminalCells", swiftSettings: optimisedInDebug),
        // Debian's ncursesw, with a shim for the macros Swift cannot import.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that calls ncurses (terminal set-up, keys); writes cell-buffer diffs.
        .target(name: "TerminalUI", dependencies: ["TerminalCells", "CNcursesw"]),
        // Debian's libchafa (pixels to terminal cells), libjpeg-turbo and libpng (the decoders),
        // each with a small shim for what Swift cannot call (libjpeg's setjmp errors, macros).
        .systemLibrary(name: "CChafa", pkgConfig: "chafa", providers: [.apt(["libchafa-dev", "libglib2.0-dev"])]),
        .systemLibrary(name: "CLibJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg62-turbo-dev"])]),
        .systemLibrary(name: "CLibPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // Media facts (image headers, MP4 boxes, MP3 frames, a link's HEAD), image decoding and
        // the preview's cells.
        .target(
            name: "Media",
            dependencies: [
                "StatusKit", "TerminalCells", "CChafa", "CLibJPEG", "CLibPNG",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // The composer's view-model: state, actions, reduce, key map, rendering into cells.
        .target(
            name: "ComposerCore",
            dependencies: ["StatusKit", "TerminalCells", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: optimisedInDebug
        ),
        .executableTarget(
            name: "status-composer",
            dependencies: [
                "StatusKit",
                "GatewaySandbox",
                "ComposerCore",
                "TerminalUI",
                "History",
                "Media",
                "Campaigns",
                "Scheduling",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // doctor reads the config's table (timezone, token files) as the loader does.
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            linkerSettings: leanReleaseLink,
            plugins: ["BuildInfoPlugin"]
        ),
        // Writes the commit the program is built from, for --version (git when there is one).
        .plugin(name: "BuildInfoPlugin", capability: .buildTool()),
        .testTarget(name: "StatusKitTests", dependencies: ["StatusKit", "GatewaySandbox", "FuzzSupport"]),
        .testTarget(name: "CampaignsTests", dependencies: ["Campaigns", "StatusKit"]),
        .testTarget(name: "HistoryTests", dependencies: ["History", "StatusKit", "FuzzSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "SchedulingTests",
            dependencies: [
                "Scheduling", "History", "StatusKit", "GatewaySandbox", .product(name: "Clocks", package: "swift-clocks"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["StatusKit", "GatewaySandbox", "TerminalTestSupport", "FuzzSupport", "MediaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Drives programs in a real terminal (tmux) for the end-to-end tests.
        .target(name: "TerminalTestSupport", path: "Tests/TerminalTestSupport"),
        // The terminal self-test (samples, colours, every event echoed) that the tmux tests
        // drive; for the tests only, not part of the program.
        .target(name: "TerminalSelfTestSupport", dependencies: ["TerminalUI", "TerminalCells"], path: "Tests/TerminalSelfTestSupport"),
        // Seeded randomness and run lengths shared by the fuzz tests, and every decodable key.
        .target(name: "FuzzSupport", dependencies: ["TerminalCells"], path: "Tests/FuzzSupport"),
        .testTarget(name: "TerminalCellsTests", dependencies: ["TerminalCells", "FuzzSupport"]),
        .testTarget(name: "GatewaySandboxTests", dependencies: ["GatewaySandbox"]),
        // Small valid PNG, JPEG, MP4 and MP3 files made in the tests.
        .target(name: "MediaTestSupport", dependencies: ["CLibJPEG"], path: "Tests/MediaTestSupport"),
        .testTarget(name: "MediaTests", dependencies: ["Media", "StatusKit", "TerminalCells", "GatewaySandbox", "MediaTestSupport"]),
        .testTarget(
            name: "ComposerCoreTests", dependencies: ["ComposerCore", "StatusKit", "TerminalCells", "FuzzSupport"],
            swiftSettings: optimisedInDebug
        ),
        // ComposerCore and StatusKit too: the composer's own frames written as the terminal gets them.
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "TerminalCells", "ComposerCore", "StatusKit", "TerminalTestSupport", "TerminalSelfTestSupport", "FuzzSupport"]
        ),
    ]
)
