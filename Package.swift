// swift-tools-version: 6.1
import PackageDescription

// Module boundaries follow ../shared/design.md: arrows are the only imports allowed.
//   aftercare ─► AftercareConsole ─► TerminalKit, AftercareTemplates, AftercareCore
//             ─► NcursesTerminal ─► TerminalKit, CNcursesw (the only importer of ncurses)
//             ─► AftercareStore ─► AftercareCore, GRDB, CSQLiteConfig
//             ─► AftercareTemplates ─► AftercareCore (+ swift-mustache)
//             ─► TerminalKit (no ncurses)
// The console never sees the store: the executable hands it a `DeskService`.
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
        // The JSON Lines import/export format: reader with line and field errors, canonical writer.
        .target(name: "AftercareInterchange", dependencies: ["AftercareCore", "UntrustedScalars"]),
        // The desk settings' written form (TOML): reader with line and key errors, canonical writer.
        .target(name: "AftercareSettingsFile", dependencies: ["AftercareCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The labelled messages the triage classifier is trained on (Swift strings: see ShippedExamples.swift).
        .target(name: "AftercareTriageExamples", dependencies: ["AftercareCore"]),
        // The demo desk generator and the seeding pipeline (`seed`, `demo`, `bench`).
        .target(name: "AftercareDemo", dependencies: ["AftercareCore", "AftercareInterchange", "AftercareStore", "AftercareTemplates"]),
        .target(
            name: "AftercareTemplates",
            dependencies: ["AftercareCore", .product(name: "Mustache", package: "swift-mustache")],
            // The built-in replies are the files in BuiltIn/, compiled in.
            resources: [
                .embedInCode("BuiltIn/welcome.en.txt"),
                .embedInCode("BuiltIn/check-in.en.txt"),
                .embedInCode("BuiltIn/satisfaction-check.en.txt"),
                .embedInCode("BuiltIn/review-request.en.txt"),
                .embedInCode("BuiltIn/exclusive-offer.en.txt"),
                .embedInCode("BuiltIn/re-engagement.en.txt"),
                .embedInCode("BuiltIn/not-arrived.en.txt"),
                .embedInCode("BuiltIn/delayed.en.txt"),
                .embedInCode("BuiltIn/damaged.en.txt"),
                .embedInCode("BuiltIn/wrong-or-missing.en.txt"),
                .embedInCode("BuiltIn/how-to-use.en.txt"),
                .embedInCode("BuiltIn/not-satisfied.en.txt"),
                .embedInCode("BuiltIn/angry-customer.en.txt"),
                .embedInCode("BuiltIn/return-approved.en.txt"),
                .embedInCode("BuiltIn/refund-issued.en.txt"),
                .embedInCode("BuiltIn/review-thanks.en.txt"),
                .embedInCode("BuiltIn/review-reply-negative.en.txt"),
                .embedInCode("BuiltIn/delay-notice.en.txt"),
                .embedInCode("BuiltIn/welcome.zh.txt"),
                .embedInCode("BuiltIn/check-in.zh.txt"),
                .embedInCode("BuiltIn/satisfaction-check.zh.txt"),
                .embedInCode("BuiltIn/review-request.zh.txt"),
                .embedInCode("BuiltIn/exclusive-offer.zh.txt"),
                .embedInCode("BuiltIn/re-engagement.zh.txt"),
                .embedInCode("BuiltIn/not-arrived.zh.txt"),
                .embedInCode("BuiltIn/delayed.zh.txt"),
                .embedInCode("BuiltIn/damaged.zh.txt"),
                .embedInCode("BuiltIn/wrong-or-missing.zh.txt"),
                .embedInCode("BuiltIn/how-to-use.zh.txt"),
                .embedInCode("BuiltIn/not-satisfied.zh.txt"),
                .embedInCode("BuiltIn/angry-customer.zh.txt"),
                .embedInCode("BuiltIn/return-approved.zh.txt"),
                .embedInCode("BuiltIn/refund-issued.zh.txt"),
                .embedInCode("BuiltIn/review-thanks.zh.txt"),
                .embedInCode("BuiltIn/review-reply-negative.zh.txt"),
                .embedInCode("BuiltIn/delay-notice.zh.txt"),
            ]
        ),
        // The store port: `DeskStore`, its errors and the values it reads and writes (no SQL here).
        .target(name: "AftercareStore", dependencies: ["AftercareCore", "AftercareInterchange"]),
        // The SQLite implementation of the port (GRDB).
        .target(
            name: "AftercareSQLite",
            dependencies: [
                "AftercareCore", "AftercareInterchange", "AftercareStore", "AftercareSettingsFile",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The bulk-load path binds and steps statements through the C API (see RawStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "CSQLiteConfig",
            ]
        ),
        // Process-wide SQLite settings through a shim header (sqlite3_config is variadic).
        .systemLibrary(name: "CSQLiteConfig", path: "Sources/CSQLiteConfig"),
        // Which scalars of customer text act on a terminal or hide: shared by the terminal and JSON.
        .target(name: "UntrustedScalars"),
        .target(name: "TerminalKit", dependencies: ["UntrustedScalars"]),
        // ncursesw through a shim header (wide-character API, and getters for macros Swift cannot import).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "NcursesTerminal", dependencies: ["TerminalKit", "CNcursesw"]),
        .target(
            name: "AftercareConsole",
            dependencies: [
                "AftercareCore", "AftercareTemplates", "TerminalKit",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            // Theme/Shipped links to the top-level Themes/ directory: the built-in themes are those files.
            exclude: ["Theme/Shipped/README.md"],
            resources: [
                .embedInCode("Theme/Shipped/default.toml"), .embedInCode("Theme/Shipped/light.toml"),
                .embedInCode("Theme/Shipped/high-contrast.toml"), .embedInCode("Theme/Shipped/mono.toml"),
            ]
        ),
        .executableTarget(
            name: "aftercare",
            dependencies: [
                "AftercareCore", "AftercareInterchange", "AftercareDemo", "AftercareTemplates", "AftercareStore", "AftercareSQLite",
                "AftercareSettingsFile", "AftercareTriageExamples", "TerminalKit",
                "AftercareConsole", "NcursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .testTarget(name: "AftercareCoreTests", dependencies: ["AftercareCore"]),
        .testTarget(name: "AftercareTriageTests", dependencies: ["AftercareCore", "AftercareTriageExamples"]),
        .testTarget(name: "AftercareSettingsFileTests", dependencies: ["AftercareSettingsFile", "AftercareCore"]),
        .testTarget(name: "AftercareTemplatesTests", dependencies: ["AftercareTemplates", "AftercareCore"]),
        .testTarget(name: "InterchangeTests", dependencies: ["AftercareCore", "AftercareInterchange", "AftercareDemo"]),
        // The small hand-made desk the store tests share.
        .target(name: "StoreTestSupport", dependencies: ["AftercareCore", "AftercareInterchange"], path: "Tests/StoreTestSupport"),
        // The behaviour every DeskStore implementation must show, run against each of them.
        .testTarget(
            name: "AftercareStoreContractTests",
            dependencies: ["AftercareStore", "AftercareSQLite", "AftercareCore", "AftercareInterchange", "StoreTestSupport"]
        ),
        .testTarget(
            name: "AftercareSQLiteTests",
            dependencies: [
                "StoreTestSupport", "AftercareStore", "AftercareSQLite", "AftercareCore", "AftercareInterchange", "AftercareDemo",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(
            name: "AftercareConsoleTests", dependencies: ["AftercareConsole", "AftercareCore", "AftercareTemplates", "TerminalKit"],
            // Golden screens are read from the source tree by path (and rewritten with AFTERCARE_RECORD_GOLDEN=1).
            exclude: ["Golden"]
        ),
        // Starts the real binary in tmux and reads the screen.
        .testTarget(name: "ConsoleEndToEndTests", dependencies: ["aftercare"]),
        // Runs the real `aftercare` binary; depending on the executable makes `swift test` build it first.
        .testTarget(
            name: "AftercareCLITests",
            dependencies: ["aftercare", "AftercareCore", "AftercareSQLite", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
