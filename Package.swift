// swift-tools-version:6.0
import PackageDescription

/// mpep is a pipeline: load → check → rank → render → write.
/// Each stage is one module; `MPEPCommands` wires them behind a thin `mpep` executable.
let package = Package(
    name: "mpep",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mpep", targets: ["mpep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // C libraries
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CAtomicFiles"),
        // The allocator: glibc's malloc spent a fifth of a full-size build in its free lists
        // (docs/performance.md); linking jemalloc replaces it in every mpep executable.
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),

        // gzip for the answer bundles of a site too large for one HTML page per answer (docs/architecture.md).
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]
        ),

        // Order-keeping parallel map and the one locked-value box, shared by the stages.
        .target(name: "MPEPParallel"),

        // Stage modules
        .target(name: "MPEPContent", dependencies: ["MPEPParallel", .product(name: "Yams", package: "Yams")]),
        .target(name: "MPEPCheck", dependencies: ["MPEPContent", "MPEPMarkdown", "MPEPParallel"]),
        .target(name: "MPEPStats", dependencies: ["MPEPParallel"]),
        .target(name: "MPEPRank", dependencies: ["MPEPContent", "MPEPParallel", "MPEPStats"]),
        .target(name: "MPEPMarkdown", dependencies: ["CCmarkGFM"]),
        // Logic-less Mustache over typed values: the templates' engine.
        .target(name: "MPEPTemplates"),
        .target(name: "MPEPRender", dependencies: [
            "MPEPContent", "MPEPRank", "MPEPStats", "MPEPMarkdown", "MPEPParallel", "MPEPTemplates", "CDeflate",
        ]),
        .target(name: "MPEPWrite", dependencies: ["CAtomicFiles", "MPEPParallel"]),
        // Incremental builds: what the last build computed, reused where its inputs did not change.
        .target(name: "MPEPIncremental", dependencies: ["MPEPContent", "MPEPParallel", "MPEPRank", "MPEPRender"]),
        .target(name: "MPEPSample", dependencies: ["MPEPParallel", "MPEPStats"]),
        // Other tools' formats in and out: AlpacaEval result files, Argilla exports.
        .target(name: "MPEPInterop", dependencies: [
            "MPEPContent", "MPEPStats", .product(name: "Yams", package: "Yams"),
        ]),
        // Local preview: a small HTTP server with live reload.
        .target(name: "MPEPServe", dependencies: ["MPEPParallel", .product(name: "FlyingSocks", package: "FlyingFox")]),
        .target(name: "MPEPCommands", dependencies: [
            "MPEPContent", "MPEPCheck", "MPEPRank", "MPEPRender", "MPEPIncremental", "MPEPWrite", "MPEPSample",
            "MPEPInterop", "MPEPParallel", "MPEPServe", "CJemalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "mpep", dependencies: ["MPEPCommands"]),
        // Benchmarks: `swift run -c release mpep-bench` prints per-stage times and peak memory.
        .executableTarget(name: "mpep-bench", dependencies: ["MPEPCommands", "MPEPInterop", "MPEPParallel", "MPEPSample", "MPEPStats",
                                                           "MPEPTemplates"],
                          path: "Sources/MPEPBench"),

        // Tests: one target per module, plus an end-to-end target.
        .target(name: "TestSupport", dependencies: ["MPEPStats"], path: "Tests/TestSupport"),
        .testTarget(name: "MPEPParallelTests", dependencies: ["MPEPParallel"]),
        .testTarget(name: "MPEPContentTests", dependencies: [
            "MPEPContent", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "MPEPCheckTests", dependencies: ["MPEPCheck", "TestSupport"]),
        .testTarget(name: "MPEPStatsTests", dependencies: ["MPEPStats", "TestSupport"]),
        .testTarget(name: "MPEPRankTests", dependencies: ["MPEPRank", "TestSupport"]),
        .testTarget(name: "MPEPMarkdownTests", dependencies: ["MPEPMarkdown", "MPEPParallel", "TestSupport"]),
        .testTarget(name: "MPEPTemplatesTests", dependencies: ["MPEPTemplates"]),
        .testTarget(name: "MPEPRenderTests", dependencies: ["MPEPRender", "MPEPTemplates", "TestSupport"]),
        .testTarget(name: "MPEPWriteTests", dependencies: ["MPEPWrite", "MPEPParallel", "TestSupport"]),
        .testTarget(name: "MPEPIncrementalTests", dependencies: [
            "MPEPIncremental", "MPEPContent", "MPEPRank", "MPEPRender", "TestSupport",
        ]),
        .testTarget(name: "MPEPSampleTests", dependencies: ["MPEPSample", "MPEPRank", "MPEPContent", "TestSupport"]),
        .testTarget(name: "MPEPCommandsTests", dependencies: ["MPEPCommands", "MPEPParallel", "TestSupport"]),
        .testTarget(name: "MPEPInteropTests", dependencies: ["MPEPInterop", "MPEPRank", "TestSupport"]),
        .testTarget(name: "MPEPServeTests", dependencies: ["MPEPServe", "TestSupport"]),
        // The benchmark's own logic (the statistics' timing, the coverage study), through @testable.
        .testTarget(name: "MPEPBenchTests", dependencies: ["mpep-bench", "MPEPStats"]),
    ],
    swiftLanguageModes: [.v6]
)
