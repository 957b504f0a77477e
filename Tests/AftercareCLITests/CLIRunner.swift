import Foundation

/// Runs the built `aftercare` binary the way a script would, and captures what it printed.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary sits next to the test bundle in the build directory.
    static let binary: URL = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("aftercare")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/aftercare").standardized
        return fallback
    }()

    var store: String
    var environment: [String: String] = [:]
    /// A command that runs the binary for us (e.g. `setpriv` to run it as another account).
    var launcher: [String] = []

    static func temporaryStorePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-cli-\(UUID().uuidString)/desk.sqlite").path
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, withStore: Bool = true) throws -> Result {
        let process = Process()
        let commandLine = arguments + (withStore ? ["--store", store] : [])
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [Self.binary.path] + commandLine
        } else {
            process.executableURL = Self.binary
            process.arguments = commandLine
        }
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["COLUMNS"] = "120"
        env.removeValue(forKey: "AFTERCARE_STORE")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments + ["--json"])
        guard result.status == 0 else { throw CLIFailure(result: result) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    struct CLIFailure: Error, CustomStringConvertible {
        var result: Result
        var description: String { "exit \(result.status): \(result.stderr)" }
    }
}

/// One small seeded demo store shared by the read-only tests, and fresh copies for the rest.
enum SeededStore {
    /// A fixed clock so SLA figures are stable while the suite runs.
    static let now = "1795000000"

    static let template: String = {
        let path = CLIRunner.temporaryStorePath()
        let runner = CLIRunner(store: path, environment: ["AFTERCARE_NOW": now])
        let result = try! runner.run(["seed", "--tickets", "300", "--seed", "7", "--quiet"])
        precondition(result.status == 0, "seeding failed: \(result.stderr)")
        return path
    }()

    /// A private copy of the seeded store (tests that write must not disturb each other).
    static func copy() throws -> CLIRunner {
        let path = CLIRunner.temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: template, toPath: path)
        return CLIRunner(store: path, environment: ["AFTERCARE_NOW": now])
    }

    static var shared: CLIRunner { CLIRunner(store: template, environment: ["AFTERCARE_NOW": now]) }
}
