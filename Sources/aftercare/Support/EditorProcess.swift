import Foundation

/// Runs the agent's editor ($VISUAL, else $EDITOR, else vi) on a private temporary file, for the
/// console (whose terminal is suspended meanwhile) and for `templates edit`.
///
/// Not `Foundation.Process`: on Linux it starts the child in a new process group, which is then
/// not the terminal's foreground group, so an interactive editor is stopped (SIGTTIN) or reads
/// nothing. `posix_spawn` keeps the child in our group, with default signal dispositions and an
/// empty signal mask, so C-c and C-z behave in the editor as they do anywhere.
enum EditorProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Edits `seed`; returns the edited text. The file lives in a private directory made for it
    /// (0700; the file 0600: replies hold customer data, and a shared /tmp lets others see names
    /// and race for paths) and both are removed afterwards, whatever happens.
    static func edit(_ seed: String, suffix: String = ".txt", environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/aftercare-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw Failure(description: "cannot create a private directory for the editor in \(base)")
        }
        let directory = String(cString: template)
        chmod(directory, 0o700)
        let path = directory + "/reply" + suffix
        defer {
            unlink(path)
            rmdir(directory)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot create a temporary file for the editor in \(directory)") }
        let data = Data(seed.utf8)
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == data.count else { throw Failure(description: "cannot write the temporary file for the editor") }

        // The editor string may carry flags ("code -w", "vim -u NONE"): let the shell split it.
        let command = withoutModelines(editor, environment: environment)
        let status = try spawnAndWait(["/bin/sh", "-c", command + " \"$1\"", "aftercare-editor", path])
        guard status == 0 else {
            throw Failure(description: "the editor (\(editor)) exited with status \(status); the text before it is kept")
        }
        guard let edited = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw Failure(description: "the edited file is not UTF-8 text; the text before it is kept")
        }
        return edited
    }

    /// A customer's message can carry a vim modeline ("vim: set …:"), which Vim obeys when it
    /// reads the file: Vim and Neovim (also behind the name `vi`) are started with modelines off.
    /// Other editors are started as they are (nvi and busybox vi have no modelines by default).
    static func withoutModelines(_ editor: String, environment: [String: String]) -> String {
        guard let program = editor.split(separator: " ").first.map(String.init) else { return editor }
        let resolved = resolve(program, path: environment["PATH"] ?? "/usr/bin:/bin")
        let name = (resolved as NSString).lastPathComponent
        guard ["vim", "nvim", "gvim", "mvim"].contains(where: { name.hasPrefix($0) }) else { return editor }
        return editor + " --cmd 'set nomodeline' -c 'set nomodeline'"
    }

    /// `program` found on `path` with its symlinks followed (Debian's `vi` is a chain of links to
    /// `vim.basic` or `nvi`).
    private static func resolve(_ program: String, path: String) -> String {
        let candidates = program.contains("/") ? [program] : path.split(separator: ":").map { "\($0)/\(program)" }
        for candidate in candidates where access(candidate, X_OK) == 0 {
            guard let real = realpath(candidate, nil) else { return candidate }
            defer { free(real) }
            return String(cString: real)
        }
        return program
    }

    /// Runs `argv` in the foreground process group and waits; returns its exit status (128+N when
    /// killed by signal N).
    static func spawnAndWait(_ argv: [String]) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], nil, &attributes, cArguments, environ)
        guard result == 0 else { throw Failure(description: "cannot start the editor: \(String(cString: strerror(result)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(description: "lost the editor process") }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift cannot import as macros.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
