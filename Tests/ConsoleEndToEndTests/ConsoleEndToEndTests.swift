import Foundation
import Testing

/// The real console in tmux, driven with keys as an agent would, checked on screen and through the
/// command line. Each test has its own store (a copy of one seeded desk) and its own tmux server.
@Suite(.enabled(if: TmuxSession.isAvailable), .serialized) struct ConsoleEndToEndTests {
    /// The ticket number on the selected inbox row (`>  LATE 2d4h  #1174 …`).
    static func selectedTicket(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix(">") }),
              let hash = line.firstIndex(of: "#") else { return nil }
        return Int(line[line.index(after: hash)...].prefix { $0.isNumber })
    }

    static func messages(_ detail: [String: Any]) -> [[String: Any]] { detail["messages"] as? [[String: Any]] ?? [] }
    static func status(_ detail: [String: Any]) -> String? { (detail["ticket"] as? [String: Any])?["status"] as? String }

    @Test func triageBreachedTicketWithCannedReplyAndSetPending() throws {
        let desk = try ConsoleFixture()
        let session = try desk.startConsole(columns: 120, rows: 40)
        try session.wait(for: "row 1/")
        try session.keys("4")
        let inbox = try session.wait(for: "Inbox · breached")
        let id = try #require(Self.selectedTicket(inbox), "no selected row:\n\(inbox)")
        let before = Self.messages(try desk.json(["show", "\(id)"])).count

        try session.keys("Enter")
        try session.wait(for: "#\(id) ")
        try session.wait(for: "Thread (")
        try session.keys("t")
        try session.wait(for: "Canned replies")
        try session.type("check-in")
        // The picker's preview says whether every placeholder fills for this ticket.
        try session.wait(for: "every placeholder filled")
        try session.keys("Enter")
        try session.wait(for: "Reply to")
        try session.keys("C-x")
        try session.wait(for: "set pending")
        try session.keys("p")
        try session.wait(for: "status → pending")
        try session.keys("q")
        try session.wait(for: "row 1/")
        try session.keys("q")
        let end = try session.wait(for: "[exited")
        #expect(end.contains("[exited 0]"), "\(end)")

        let detail = try desk.json(["show", "\(id)"])
        #expect(Self.status(detail) == "pending")
        let messages = Self.messages(detail)
        #expect(messages.count == before + 1)
        #expect(messages.last?["kind"] as? String == "reply")
        #expect((messages.last?["body"] as? String ?? "").contains("«") == false, "a placeholder was sent unfilled")
    }

    @Test func resizeAtAnyMomentRedrawsAndTinyWindowsSayTooSmall() throws {
        let desk = try ConsoleFixture()
        let session = try desk.startConsole(columns: 120, rows: 40)
        try session.wait(for: "row 1/")

        try session.resize(columns: 80, rows: 24)
        let small = try session.wait(seconds: 5, "an 80×24 inbox") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("Aftercare · Inbox") && screen.contains("row 1/") && lines.count <= 25
        }
        #expect(small.contains("q quit"), "\(small)")

        try session.resize(columns: 10, rows: 4)
        let tiny = try session.wait(seconds: 5, "the too-small message") { $0.contains("too small") || $0.contains("Terminal") && $0.contains("small") }
        #expect(!tiny.contains("[exited"), "\(tiny)")
        #expect(try session.consolePid() != nil, "the console died at 10×4")

        try session.resize(columns: 100, rows: 30)
        let back = try session.wait(seconds: 5, "the inbox at 100×30") { $0.contains("Aftercare · Inbox") && $0.contains("row 1/") }
        let lines = back.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(!back.contains("too small"), "\(back)")
        // Header on the first row, key hints on the last: the whole frame was redrawn at the new size.
        #expect(lines.first?.contains("Aftercare · Inbox") == true, "\(back)")
        #expect(lines.prefix(30).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })?.contains("q quit") == true, "\(back)")
        try session.keys("q")
        try session.wait(for: "[exited 0]")
    }

    @Test func hangupMidDraftSavesTheDraftAndRestoresTheTerminal() throws {
        let desk = try ConsoleFixture()
        let session = try desk.startConsole(columns: 120, rows: 40)
        let inbox = try session.wait(for: "row 1/")
        let id = try #require(Self.selectedTicket(inbox))
        try session.keys("Enter")
        try session.wait(for: "Thread (")
        try session.keys("r")
        try session.wait(for: "Reply to")
        let text = "您好，退款已处理 refund is on its way"
        try session.type(text)
        try session.wait(for: "refund is on its way")
        let pid = try #require(try session.consolePid(), "no console process")
        kill(pid, SIGHUP)
        let after = try session.wait(for: "[exited")
        #expect(after.contains("[exited 129]"), "\(after)")
        // The terminal is back to the shell's screen: nothing of the console is left on it.
        #expect(!after.contains("Aftercare ·") && !after.contains("Reply to"), "\(after)")

        let again = try desk.startConsole(columns: 120, rows: 40)
        try again.wait(for: "row 1/")
        try again.keys(":")
        try again.type("open \(id)")
        try again.keys("Enter")
        try again.wait(for: "Thread (")
        // The console offers the unsent reply back; accepting it shows the text typed before.
        try again.wait(for: "Restore it?")
        try again.keys("y")
        try again.wait(for: "refund is on its way")
        let restored = try again.screen()
        #expect(restored.contains("您好，退款已处理"), "\(restored)")
        #expect(!(Self.messages(try desk.json(["show", "\(id)"])).last?["body"] as? String ?? "").contains("refund is on its way"),
                "the draft was sent instead of kept")
    }

    @Test func refusalsAreOneLineAndLeaveTheTerminalAlone() throws {
        let desk = try ConsoleFixture()
        let cases: [([String], [String: String], String, String)] = [
            (["--store", desk.directory + "/missing.sqlite"], [:], "try `aftercare demo`", "[exited 4]"),
            (["--store", desk.store], ["TERM": "dumb"], "TERM=dumb cannot draw", "[exited 2]"),
            (["--store", desk.store], ["TERM": "no-such-terminal-xyz"], "unknown terminal type", "[exited 2]"),
            (["--store", desk.store], ["LANG": "C", "LC_ALL": "C"], "needs a UTF-8 locale", "[exited 2]"),
        ]
        for (arguments, environment, message, exit) in cases {
            var env = desk.environment
            for (key, value) in environment { env[key] = value }
            let session = try TmuxSession(columns: 200, rows: 8, command: [ConsoleFixture.binary] + arguments, environment: env)
            let screen = try session.wait(for: "[exited")
            #expect(screen.contains(message), "\(screen)")
            #expect(screen.contains(exit), "\(screen)")
            // One error line (a long path may wrap it), then the shell's own line: nothing else drawn.
            #expect(screen.hasPrefix("aftercare: "), "\(screen)")
            #expect(screen.components(separatedBy: "aftercare: ").count == 2, "\(screen)")
        }
    }

    @Test func untrustedTextCannotDriveTheTerminal() throws {
        let desk = try ConsoleFixture()
        let evil = "Zebrafish \u{1B}]0;PWNED\u{07} \u{1B}[2J \u{1B}]52;c;aGVsbG8=\u{07} \u{9B}31m \u{202E}txet \u{200B}zw"
        let created = try desk.cli(["receive", "--customer", "C-000001", "--subject", evil, "--body", "Hello \(evil) end"])
        let id = try #require(Int(created.stdout.dropFirst().prefix { $0.isNumber }), "\(created.stdout)")

        let session = try desk.startConsole(columns: 120, rows: 40)
        // An application's OSC 52 would land in tmux's buffers with this on.
        try session.tmux(["set-option", "-g", "set-clipboard", "on"], capture: false)
        try session.wait(for: "row 1/")
        let titleBefore = try session.title()
        try session.keys(":")
        try session.type("open \(id)")
        try session.keys("Enter")
        let screen = try session.wait(for: "Hello Zebrafish")
        Thread.sleep(forTimeInterval: 0.3)  // give any leaked sequence time to reach tmux
        #expect(try session.title() == titleBefore)
        #expect(try !session.title().contains("PWNED"))
        #expect(try session.tmux(["list-buffers"]).isEmpty, "OSC 52 reached the clipboard")
        // Visible placeholders instead of the controls; the screen was not cleared.
        #expect(screen.contains("␛]0;PWNED␇"), "\(screen)")
        #expect(screen.contains("⟨U+009B⟩"), "\(screen)")
        #expect(screen.contains("⟨U+202E⟩"), "\(screen)")
        #expect(screen.contains("⟨U+200B⟩"), "\(screen)")
        #expect(screen.contains("#\(id) Zebrafish"), "\(screen)")
        #expect(screen.contains("Thread ("), "\(screen)")
        try session.keys("q")
        try session.wait(for: "row 1/")
        try session.keys("q")
        try session.wait(for: "[exited 0]")
    }
}

/// Desk settings another agent saves reach a running console within two seconds.
@Suite(.enabled(if: TmuxSession.isAvailable), .serialized) struct ConsoleSettingsEndToEndTests {
    @Test func aNewCalendarSavedElsewhereShowsInTheOpenConsole() throws {
        let desk = try ConsoleFixture()
        let session = try desk.startConsole(columns: 120, rows: 40)
        let before = try session.wait(for: "row 1/")
        let id = try #require(ConsoleEndToEndTests.selectedTicket(before))
        try session.keys("Enter")
        let ticket = try session.wait(for: "Thread (")
        #expect(ticket.contains("next reply "), "the ticket header shows the next-reply clock:\n\(ticket)")

        let saved = try desk.cli(["settings", "set", "calendar.timezone", "America/Los_Angeles"])
        #expect(saved.status == 0, "\(saved.stderr)")
        let started = Date()
        let after = try session.wait(seconds: 5, "the settings change") { $0.contains("desk settings changed") }
        #expect(Date().timeIntervalSince(started) < 2.5, "took \(Date().timeIntervalSince(started)) s")
        // The clocks now run on Los Angeles time: the header's due times and the title bar's clock moved.
        let dueNow = try #require(try desk.json(["show", "\(id)"])["ticket"] as? [String: Any])
        #expect(dueNow["sla"] != nil)
        #expect(after != ticket)
        try session.keys("q")
        try session.keys("q")
        try session.wait(for: "[exited 0]")
    }
}
