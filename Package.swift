// swift-tools-version: 6.1
import PackageDescription

// Module boundaries follow ../shared/design.md: arrows are the only imports allowed.
//   aftercare ─► AftercareStore ─► AftercareCore
//             ─► AftercareTemplates ─► AftercareCore (+ swift-mustache)
//             ─► TerminalKit (no ncurses)
// AftercareCore stays Foundation-only; template rendering lives in AftercareTemplates so the
// domain module keeps no dependency but Foundation.
let package = Package(
    name: "Aftercare",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "aftercare", targets: ["aftercare"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .target(name: "AftercareCore"),
        .target(
            name: "AftercareTemplates",
            dependencies: ["AftercareCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "AftercareStore",
            dependencies: [
                "AftercareCore", .product(name: "GRDB", package: "GRDB.swift"),
                // The bulk-load path binds and steps statements through the C API (see RawStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "TerminalKit"),
        .executableTarget(
            name: "aftercare",
            dependencies: [
                "AftercareCore", "AftercareTemplates", "AftercareStore", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .testTarget(name: "AftercareCoreTests", dependencies: ["AftercareCore"]),
        .testTarget(name: "AftercareTemplatesTests", dependencies: ["AftercareTemplates", "AftercareCore"]),
        .testTarget(name: "InterchangeTests", dependencies: ["AftercareCore"]),
        .testTarget(
            name: "AftercareStoreTests",
            dependencies: ["AftercareStore", "AftercareCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        // Runs the real `aftercare` binary; depending on the executable makes `swift test` build it first.
        .testTarget(name: "AftercareCLITests", dependencies: ["aftercare", "AftercareCore"]),
    ]
)
