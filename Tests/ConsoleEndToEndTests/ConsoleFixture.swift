import Foundation

/// A private desk for one console test: a temporary store seeded by the real binary, private
/// HOME/XDG directories (no user keymap or theme leaks in), and the console started in tmux.
final class ConsoleFixture {
    /// A fixed clock so SLA figures (and the breached view) are the same on every run.
    static let now = "1795000000"

    static let binary: String = TerminalRequirementsEndToEndTests.binary

    let directory: String
    let store: String

    /// Seeds once per process; each fixture copies the seeded file (seeding costs ~1 s).
    private static let template: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-e2e-template-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/desk.sqlite"
        let result = try? run(["seed", "--store", path, "--tickets", "300", "--seed", "3", "--quiet"], environment: ["AFTERCARE_NOW": now])
        precondition(result?.status == 0, "seeding failed: \(result?.stderr ?? "could not run \(binary)")")
        return path
    }()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/config", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        store = directory + "/desk.sqlite"
        try FileManager.default.copyItem(atPath: Self.template, toPath: store)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    var environment: [String: String] {
        ["AFTERCARE_NOW": Self.now, "XDG_CONFIG_HOME": directory + "/config", "XDG_DATA_HOME": directory + "/data",
         "AFTERCARE_STORE": store, "NO_COLOR": ""]
    }

    /// Starts the console (`exec`ed by the pane's shell, so the pane's child is the console).
    func startConsole(columns: Int = 120, rows: Int = 40, arguments: [String] = []) throws -> TmuxSession {
        try TmuxSession(columns: columns, rows: rows, command: [Self.binary, "--store", store] + arguments, environment: environment)
    }

    /// Runs a command line against this fixture's store.
    @discardableResult
    func cli(_ arguments: [String]) throws -> ProcessResult {
        let result = try Self.run(arguments + ["--store", store], environment: environment)
        guard result.status == 0 else { throw TmuxError(message: "aftercare \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)") }
        return result
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try cli(arguments + ["--json"])
        guard let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw TmuxError(message: "not a JSON object: \(result.stdout)")
        }
        return object
    }

    struct ProcessResult {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "AFTERCARE_STORE")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: a tmux server started meanwhile by another test would inherit a pipe's
        // write end and keep it open, so reading to end of file would wait for that server to die.
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-e2e-run-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer { unlink(base + ".out"); unlink(base + ".err") }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let outData = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let errData = FileManager.default.contents(atPath: base + ".err") ?? Data()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension TmuxSession {
    /// The console's process: the child of the pane's shell.
    func consolePid() throws -> pid_t? {
        guard let shell = try pid() else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { pid_t($0) }.first
    }

    /// Waits until `predicate` holds for the screen; returns the screen.
    @discardableResult
    func wait(seconds: Double = 10, _ what: String, until predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError(message: "\(what) did not happen in \(seconds)s; screen was:\n\(last)")
    }

    /// Waits until `text` is gone from the screen.
    @discardableResult
    func waitGone(_ text: String, seconds: Double = 10) throws -> String {
        try wait(seconds: seconds, "'\(text)' going away") { !$0.contains(text) }
    }

    func title() throws -> String {
        try tmux(["display", "-p", "-t", "main", "#{pane_title}"]).trimmingCharacters(in: .newlines)
    }
}
