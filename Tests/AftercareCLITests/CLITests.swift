import Foundation
import Testing

/// The command line as scripts use it: real command lines, outputs and exit codes.
@Suite(.serialized) struct CLIReadTests {
    let cli = SeededStore.shared

    @Test func listIsInInboxOrderWithBreachedFirst() throws {
        let rows = try #require(try cli.json(["list", "--limit", "40"]) as? [[String: Any]])
        #expect(rows.count == 40)
        let breached = rows.map { (($0["sla"] as? [String: Any])?["breached"] as? Bool) ?? false }
        // Once a non-breached row appears, no breached row follows it.
        if let firstCalm = breached.firstIndex(of: false) {
            #expect(!breached[firstCalm...].contains(true))
        }
        #expect(breached.first == true, "the demo desk has breached tickets and they lead the queue")
        for row in rows {
            #expect(["new", "open", "pending", "on_hold"].contains(row["status"] as? String))
            #expect(row["id"] is Int)
        }
    }

    @Test func filtersCombine() throws {
        let rows = try #require(try cli.json(["list", "--breached", "--limit", "0"]) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { (($0["sla"] as? [String: Any])?["breached"] as? Bool) == true })
        let solved = try #require(try cli.json(["list", "--status", "solved", "--limit", "5"]) as? [[String: Any]])
        #expect(solved.allSatisfy { $0["status"] as? String == "solved" })
        let damaged = try #require(try cli.json(["list", "--category", "damaged", "--limit", "0"]) as? [[String: Any]])
        #expect(damaged.allSatisfy { $0["category"] as? String == "damaged" })
    }

    @Test func searchFindsChineseAndEnglish() throws {
        for term in ["退款", "收到", "refund"] {
            let rows = try #require(try cli.json(["list", "--status", "all", "--search", term, "--limit", "5"]) as? [[String: Any]])
            #expect(!rows.isEmpty, "'\(term)' should match the demo desk")
            for row in rows {
                let id = try #require(row["id"] as? Int)
                let detail = try #require(try cli.json(["show", "\(id)"]) as? [String: Any])
                let subject = ((detail["ticket"] as? [String: Any])?["subject"] as? String) ?? ""
                let bodies = ((detail["messages"] as? [[String: Any]]) ?? []).compactMap { $0["body"] as? String }
                let haystack = ([subject] + bodies).joined(separator: "\n").lowercased()
                #expect(haystack.contains(term.lowercased()), "ticket #\(id) matched '\(term)' but does not contain it")
            }
        }
    }

    @Test func showPrintsThreadCustomerAndSLA() throws {
        let rows = try #require(try cli.json(["list", "--limit", "1"]) as? [[String: Any]])
        let id = try #require(rows.first?["id"] as? Int)
        let result = try cli.run(["show", "\(id)"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("#\(id) "))
        #expect(result.stdout.contains("SLA "))
        #expect(result.stdout.contains("Customer "))
        #expect(result.stdout.contains("Thread ("))
        let detail = try #require(try cli.json(["show", "\(id)"]) as? [String: Any])
        #expect((detail["messages"] as? [Any])?.isEmpty == false)
        #expect((detail["customer"] as? [String: Any])?["name"] is String)
    }

    @Test func reportHasTheReviewFigures() throws {
        let report = try #require(try cli.json(["report"]) as? [String: Any])
        let all = try #require(try cli.json(["list", "--status", "all", "--limit", "0"]) as? [[String: Any]])
        #expect(all.count == 300)
        #expect((report["tickets"] as? Int) == all.filter { $0["merged_into"] == nil }.count, "merged tickets count once, as their survivor")
        for key in ["first_response", "resolution", "first_response_sla", "first_contact_resolution", "csat", "nps", "top_complaints", "agents"] {
            #expect(report[key] != nil, "report lacks \(key)")
        }
        let text = try cli.run(["report"])
        #expect(text.status == 0 && !text.stdout.isEmpty)
    }

    @Test func templatesListAndRender() throws {
        let list = try #require(try cli.json(["templates", "list"]) as? [[String: Any]])
        #expect(list.count >= 36)
        #expect(list.contains { $0["name"] as? String == "damaged" && $0["language"] as? String == "zh" })
    }

    @Test func errorsAreOneLineWithDocumentedExitCodes() throws {
        let unknown = try cli.run(["show", "999999"])
        #expect(unknown.status == 3)
        #expect(unknown.stderr == "aftercare: no ticket #999999\n")

        let missing = CLIRunner(store: CLIRunner.temporaryStorePath())
        let noStore = try missing.run(["list"])
        #expect(noStore.status == 4)
        #expect(noStore.stderr.hasPrefix("aftercare: no store at ") && noStore.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: missing.store), "reading never creates a store")

        let notAStore = CLIRunner.temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (notAStore as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "just some notes".write(toFile: notAStore, atomically: true, encoding: .utf8)
        let wrong = try CLIRunner(store: notAStore).run(["list"])
        #expect(wrong.status == 4)
        #expect(wrong.stderr.contains("is not an Aftercare store"))

        let badStatus = try cli.run(["list", "--status", "bogus"])
        #expect(badStatus.status != 0 && badStatus.stderr.contains("unknown status 'bogus'"))
    }

    @Test func storeFlagMayComeBeforeTheCommand() throws {
        let result = try cli.run(["--store", cli.store, "list", "--limit", "1"], withStore: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("#"))
        let env = try CLIRunner(store: "", environment: ["AFTERCARE_STORE": cli.store, "AFTERCARE_NOW": SeededStore.now])
            .run(["list", "--limit", "1"], withStore: false)
        #expect(env.status == 0 && env.stdout == result.stdout)
        // Before a nested command too, and after it.
        let nested = try cli.run(["--store", cli.store, "settings", "show", "--json"], withStore: false)
        #expect(nested.status == 0, "\(nested.stderr)")
        #expect(try cli.run(["settings", "show", "--json"]).stdout == nested.stdout)
    }

    @Test func versionAndShellCompletionsComeFromTheCommands() throws {
        let version = try cli.run(["--version"], withStore: false)
        #expect(version.status == 0 && version.stdout.split(separator: ".").count == 3)
        for shell in ["bash", "zsh", "fish"] {
            let script = try cli.run(["--generate-completion-script", shell], withStore: false)
            #expect(script.status == 0)
            for command in ["settings", "triage", "templates", "list"] {
                #expect(script.stdout.contains(command), "\(shell) completion lacks \(command)")
            }
        }
    }
}

@Suite struct CLIWriteTests {
    func firstTicket(_ cli: CLIRunner, _ extra: [String] = []) throws -> [String: Any] {
        let rows = try #require(try cli.json(["list", "--limit", "1"] + extra) as? [[String: Any]])
        return try #require(rows.first)
    }

    @Test func replyWithTemplateFillsItOrRefusesWithTheMissingNames() throws {
        let cli = try SeededStore.copy()
        // A ticket without an order cannot fill {{order.number}}.
        let opened = try cli.run(["receive", "--customer", "C-000001", "--channel", "wechat", "--body", "你好，我想问一下"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let newId = try #require(opened.stdout.split(separator: " ").first.map { Int($0.dropFirst())! })
        let refused = try cli.run(["reply", "\(newId)", "--template", "not-arrived", "--lang", "zh"])
        #expect(refused.status == 5)
        #expect(refused.stderr.contains("cannot fill"))
        #expect(refused.stderr.contains("order.number"))
        let detail = try #require(try cli.json(["show", "\(newId)"]) as? [String: Any])
        #expect((detail["messages"] as? [Any])?.count == 1, "nothing was sent")

        let ticket = try firstTicket(cli, ["--category", "damaged"])
        let id = try #require(ticket["id"] as? Int)
        let holes = try cli.run(["reply", "\(id)", "--template", "damaged", "--lang", "en", "--dry-run"])
        #expect(holes.status == 5 && holes.stderr.contains("new_date"), "the replacement date is the agent's to give")
        #expect(holes.stdout.contains("«new_date»") && holes.stdout.contains("\n\n"), "the preview shows the hole, line breaks intact")
        let dry = try cli.run(["reply", "\(id)", "--template", "damaged", "--lang", "en", "--set", "new_date=2026-11-25", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(!dry.stdout.contains("«"), "every placeholder is filled")
        #expect(dry.stdout.contains("25 Nov 2026"))
        let sent = try cli.run(["reply", "\(id)", "--template", "damaged", "--lang", "en", "--set", "new_date=2026-11-25", "--status", "pending"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let after = try #require(try cli.json(["show", "\(id)"]) as? [String: Any])
        #expect((after["ticket"] as? [String: Any])?["status"] as? String == "pending")
        let last = try #require((after["messages"] as? [[String: Any]])?.last)
        #expect(last["kind"] as? String == "reply")
        #expect((last["body"] as? String) == dry.stdout.trimmingCharacters(in: .newlines))
    }

    @Test func setChangesAndRefusesInvalidMoves() throws {
        let cli = try SeededStore.copy()
        let ticket = try firstTicket(cli)
        let id = try #require(ticket["id"] as? Int)
        let set = try cli.run(["set", "\(id)", "--assignee", "me", "--priority", "urgent", "--tag", "VIP", "--department", "logistics"])
        #expect(set.status == 0, "\(set.stderr)")
        let shown = try #require((try cli.json(["show", "\(id)"]) as? [String: Any])?["ticket"] as? [String: Any])
        #expect(shown["priority"] as? String == "urgent")
        #expect((shown["tags"] as? [String])?.contains("vip") == true, "tags are normalised to lower case")
        #expect(shown["department"] as? String == "logistics")
        #expect(shown["assignee"] as? String == NSUserName() || shown["assignee"] as? String != nil)
        #expect(try cli.run(["set", "\(id)", "--status", "closed"]).status == 0)
        let reopen = try cli.run(["set", "\(id)", "--status", "open"])
        #expect(reopen.status == 5)
        #expect(reopen.stderr == "aftercare: ticket #\(id): cannot move from closed to open (closed is final)\n")
        let version = try #require(shown["version"] as? Int)
        let stale = try cli.run(["set", "\(id)", "--priority", "low", "--expect-version", "\(version)"])
        #expect(stale.status == 6)
        #expect(stale.stderr.contains("was changed by"))
    }

    @Test func noteAndReceiveAndSanitisedOutput() throws {
        let cli = try SeededStore.copy()
        let id = try #require(try firstTicket(cli)["id"] as? Int)
        #expect(try cli.run(["note", "\(id)", "--body", "已联系顺丰核实 checked with SF"]).status == 0)
        let hostile = "Help \u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}]52;c;Zm9v\u{07} \u{9B}31m \u{202E}evil \u{200B}x"
        #expect(try cli.run(["receive", "--ticket", "\(id)", "--body", hostile]).status == 0)
        let shown = try cli.run(["show", "\(id)"])
        #expect(shown.status == 0)
        #expect(!shown.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" || $0 == "\u{200B}" })
        #expect(shown.stdout.contains("已联系顺丰核实"))
        #expect(shown.stdout.contains("INTERNAL NOTE"))
        // JSON output and the export escape the same scalars instead of passing them through.
        let opened = try cli.run(["receive", "--customer", "C-000001", "--subject", "\u{9B}2J \u{202E}lave \u{200B}x", "--body", hostile])
        #expect(opened.status == 0, "\(opened.stderr)")
        for output in [try cli.run(["show", "\(id)", "--json"]).stdout, try cli.run(["list", "--json", "--limit", "500"]).stdout,
                       try cli.run(["export"]).stdout] {
            #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                || $0 == "\u{202E}" || $0 == "\u{200B}" })
            #expect(output.contains(#"\u009b"#) && output.contains(#"\u202e"#) && output.contains(#"\u200b"#))
        }
    }

    @Test func twoProcessesWritingAtOnceBothSucceed() throws {
        let cli = try SeededStore.copy()
        let id = try #require(try firstTicket(cli)["id"] as? Int)
        let before = try #require(((try cli.json(["show", "\(id)"]) as? [String: Any])?["messages"] as? [Any])?.count)
        let failures = ManagedAtomicCounter()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for n in 0..<5 {
                let result = try? cli.run(["note", "\(id)", "--body", "worker \(worker) note \(n)"])
                if result?.status != 0 { failures.increment(result?.stderr ?? "did not run") }
            }
        }
        #expect(failures.messages.isEmpty, "\(failures.messages)")
        let after = try #require(((try cli.json(["show", "\(id)"]) as? [String: Any])?["messages"] as? [Any])?.count)
        #expect(after == before + 20)
    }
}

final class ManagedAtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var messages: [String] = []
    func increment(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
}
