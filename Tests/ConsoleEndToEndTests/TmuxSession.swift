import Foundation

/// Drives a program in a private tmux server, as a person at a terminal would: send keys, read
/// the screen. Each session has its own server socket, so tests never meet each other.
final class TmuxSession {
    let socket = "aftercare-e2e-\(UUID().uuidString.prefix(8))"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    init(columns: Int, rows: Int, command: [String], environment: [String: String] = [:]) throws {
        var env = ["LANG": "C.UTF-8", "TERM": "tmux-256color"]
        for (key, value) in environment { env[key] = value }
        let assignments = env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let line = "env \(assignments) \(command.map(Self.quote).joined(separator: " ")); echo \"[exited $?]\"; sleep 600"
        // The server this starts keeps the client's stdout open: give it no pipe to hold.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)", line], capture: false)
        try tmux(["set-option", "-g", "remain-on-exit", "on"], capture: false)
    }

    deinit { _ = try? tmux(["kill-server"], capture: false) }

    func keys(_ keys: String...) throws { for key in keys { try tmux(["send-keys", "-t", "main", "--", key], capture: false) } }
    /// Types text literally (no key-name interpretation).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", "--", text], capture: false) }
    func screen() throws -> String { try tmux(["capture-pane", "-t", "main", "-p"]) }
    func resize(columns: Int, rows: Int) throws { try tmux(["resize-window", "-t", "main", "-x", "\(columns)", "-y", "\(rows)"], capture: false) }
    func pid() throws -> Int32? { Int32(try tmux(["display", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) }

    /// Waits until `text` is on screen; returns the screen, or throws with what was there.
    @discardableResult
    func wait(for text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError(message: "'\(text)' did not appear in \(seconds)s; screen was:\n\(last)")
    }

    /// Runs one tmux client command. Uses posix_spawn and waitpid directly: the client exits at
    /// once while the server it may start lives on, which Foundation's Process did not always see.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        let argv = (["/usr/bin/tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Tests run on pool threads that block signals, and a blocked mask is inherited: the tmux
        // server (and the program in its pane) must start with none blocked and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, environ) == 0 else {
            throw TmuxError(message: "cannot run tmux")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
