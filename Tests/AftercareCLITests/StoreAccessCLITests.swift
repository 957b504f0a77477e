import AftercareSQLite
import Foundation
import GRDB
import Testing

/// The store on a shared server: other agents' locks, file permissions, files that are not
/// stores. Each case gets one line that says what is wrong and what to do, and its exit code.
@Suite struct StoreAccessCLITests {
    /// Another account on the server: as root, `nobody` through `setpriv`; otherwise this account,
    /// with the permissions taken away instead.
    static let isRoot = geteuid() == 0

    func asAnotherAgent(_ runner: CLIRunner) -> CLIRunner {
        var other = runner
        if Self.isRoot { other.launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] }
        return other
    }

    func firstTicket(_ cli: CLIRunner) throws -> String {
        let rows = try #require(try cli.json(["list", "--limit", "1"]) as? [[String: Any]])
        return String(try #require(rows.first?["id"] as? Int))
    }

    @Test func aStoreThisAccountMayNotUseSaysWhyInOneLine() throws {
        let cli = try SeededStore.copy()
        let dir = (cli.store as NSString).deletingLastPathComponent
        // The store's directory belongs to a group the agent is not in (as root: nobody is in no group).
        chmod(dir, Self.isRoot ? 0o2770 : 0o000)
        defer { chmod(dir, 0o2770) }
        let other = asAnotherAgent(cli)
        for command in [["list"], ["show", "1"], ["reply", "1", "--body", "hi"]] {
            let result = try other.run(command)
            #expect(result.status == 77, "\(command): \(result.stderr)")
            #expect(result.stderr.hasPrefix("aftercare: permission denied on \(cli.store): "), "\(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1)
            #expect(!result.stderr.contains("SQLite"))
        }
        if Self.isRoot {
            let result = try other.run(["list"])
            #expect(result.stderr.contains("you (nobody) are not in group"), "\(result.stderr)")
        }
    }

    @Test func aStoreThisAccountMayReadButNotWrite() throws {
        let cli = try SeededStore.copy()
        let dir = (cli.store as NSString).deletingLastPathComponent
        // The directory lets anyone make the -wal and -shm files a reader needs; the store is the owner's.
        chmod(dir, 0o2777)
        chmod(cli.store, 0o644)
        defer { chmod(cli.store, 0o660) }
        guard Self.isRoot else { return }  // this account owns the file; as root, nobody does not
        let other = asAnotherAgent(cli)
        let id = try firstTicket(cli)
        #expect(try other.run(["show", id]).status == 0)
        let reply = try other.run(["reply", id, "--body", "hi"])
        #expect(reply.status == 77, "\(reply.stderr)")
        #expect(reply.stderr.contains("does not let its group write it"), "\(reply.stderr)")
    }

    /// Readers never wait for a writer: while another process holds the write lock of a store
    /// nobody else has open, `list` and `show` answer at once; a write waits for the lock, then
    /// says it is busy and that nothing was written.
    @Test func readersDoNotWaitForAnotherProcessesWriteLock() throws {
        let cli = try SeededStore.copy()
        // Every connection in the test process is made with the store's configuration (it sets
        // process-wide SQLite options before the first connection; see StoreOpeningTests).
        var config = AppDatabase.configuration()
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: cli.store, configuration: config)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.inDatabase { try $0.execute(sql: "ROLLBACK") } }
        let id = try firstTicket(cli)
        let started = Date()
        let list = try cli.run(["list", "--limit", "3"])
        let show = try cli.run(["show", id])
        #expect(list.status == 0 && show.status == 0, "\(list.stderr)\(show.stderr)")
        #expect(Date().timeIntervalSince(started) < 5, "the reads waited for the writer")
        let reply = try cli.run(["reply", id, "--body", "hi"])
        #expect(reply.status == 4)
        #expect(reply.stderr == "aftercare: \(cli.store) is busy: another process held its write lock too long; nothing was written, try again\n")
    }

    @Test func aReadNeverMakesAStoreOfAnEmptyFile() throws {
        let path = CLIRunner.temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data())
        let cli = CLIRunner(store: path)
        for command in [["list"], ["show", "1"], ["export"], ["report"], ["settings", "show"]] {
            let result = try cli.run(command)
            #expect(result.status == 4, "\(command)")
            #expect(result.stderr.contains("the file is empty"), "\(result.stderr)")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber == 0)
        #expect(try cli.run(["init"]).status == 0)
        #expect(try cli.run(["list"]).status == 0)
    }
}

/// The file `$EDITOR` gets: in a private directory, gone afterwards; Vim started with modelines
/// off (a customer's text could carry one).
@Suite struct EditorFileCLITests {
    @Test func theEditorsFileIsPrivateAndVimIgnoresModelines() throws {
        let cli = try SeededStore.copy()
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-fake-editor-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let log = bin + "/log"
        // A stand-in named `vim` that records how it was started and what it was given.
        let script = """
            #!/bin/sh
            for last; do :; done
            printf '%s\\n' "$*" > \(log)
            stat -c '%a' "$(dirname "$last")" >> \(log)
            stat -c '%a' "$last" >> \(log)
            printf '%s\\n' "$last" >> \(log)
            """
        FileManager.default.createFile(atPath: bin + "/vim", contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        var runner = cli
        runner.environment["EDITOR"] = "vim"
        runner.environment["PATH"] = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try runner.run(["templates", "edit", "damaged"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("--cmd set nomodeline -c set nomodeline "), "\(lines[0])")
        #expect(lines[1] == "700" && lines[2] == "600")
        #expect(!FileManager.default.fileExists(atPath: lines[3]))
        #expect(!FileManager.default.fileExists(atPath: (lines[3] as NSString).deletingLastPathComponent))
    }
}
