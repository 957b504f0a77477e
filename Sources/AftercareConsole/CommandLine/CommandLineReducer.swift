import AftercareCore
import Foundation

/// The `:` line's part of `reduce`: editing the line, and running it.
extension AppState {
    mutating func typeCommandLine(_ text: String) -> [Effect] {
        guard case var .commandLine(editor) = modal else { return [] }
        editor.insert(text)
        modal = .commandLine(editor)
        return []
    }

    /// Backspace on an empty line closes it, as in vi.
    mutating func editCommandLine(_ edit: TextEdit) -> [Effect] {
        guard case var .commandLine(editor) = modal else { return [] }
        if edit == .deleteBackward, editor.isEmpty { modal = nil; return [] }
        editor.apply(edit, width: size.columns)
        modal = .commandLine(editor)
        return []
    }

    /// Enter: closes the line and runs it.
    mutating func submitCommandLine() -> [Effect] {
        guard case let .commandLine(editor) = modal else { return [] }
        modal = nil
        return runCommandLine(editor.text)
    }

    /// Runs a `:` command line. Unknown commands and bad arguments are explained in the status line.
    ///
    /// `:assign me|LOGIN|none`, `:status S`, `:priority P`, `:category C`, `:tag T`, `:untag T`,
    /// `:escalate DEPT [note…]`, `:view all|mine|unassigned|breached|status S|category C|channel CH`,
    /// `:send [STATUS]`, `:reply`, `:note`, `:open ID`, `:search TEXT`, `:undo`, `:refresh`,
    /// `:select all|none`, `:help`, `:q`.
    mutating func runCommandLine(_ line: String) -> [Effect] {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let args = Array(words.dropFirst())
        let rest = args.joined(separator: " ")
        func fail(_ message: String) -> [Effect] {
            status = StatusLine(":\(verb): \(message)", kind: .error)
            return []
        }
        switch verb {
        case "q", "q!", "quit", "wq", "x":
            return quit()
        case "assign":
            guard args.count == 1 else { return fail("usage: :assign me|LOGIN|none") }
            let who: String?
            switch args[0].lowercased() {
            case "me": who = agent.login
            case "none", "nobody", "-": who = nil
            default: who = args[0]
            }
            return applyToTargets([.assign(who)], label: who.map { "assigned to \($0)" } ?? "unassigned")
        case "status":
            guard args.count == 1, let s = CommandLineParser.status(args[0]) else {
                return fail("usage: :status " + TicketStatus.allCases.map(\.rawValue).joined(separator: "|"))
            }
            return applyToTargets([.setStatus(s)], label: "status → \(s.rawValue)")
        case "priority", "prio":
            guard args.count == 1, let p = Priority(rawValue: args[0].lowercased()) else {
                return fail("usage: :priority " + Priority.allCases.map(\.rawValue).joined(separator: "|"))
            }
            return applyToTargets([.setPriority(p)], label: "priority → \(p.rawValue)")
        case "category", "cat":
            guard args.count == 1, let c = CommandLineParser.category(args[0]) else {
                return fail("usage: :category " + TicketCategory.allCases.map(\.rawValue).joined(separator: "|"))
            }
            return applyToTargets([.setCategory(c)], label: "category → \(c.rawValue)")
        case "tag", "untag":
            guard !args.isEmpty else { return fail("usage: :\(verb) TAG…") }
            let tags = args.map { $0.lowercased() }
            let changes = tags.map { verb == "tag" ? TicketChange.addTag($0) : .removeTag($0) }
            return applyToTargets(changes, label: (verb == "tag" ? "tagged " : "untagged ") + tags.joined(separator: ","))
        case "escalate":
            guard let department = args.first else { return fail("usage: :escalate DEPARTMENT [note…]") }
            let note = args.dropFirst().joined(separator: " ")
            var effects = applyToTargets([.setDepartment(department)], label: "escalated to \(department)")
            let body = note.isEmpty ? "Escalated to \(department)." : "Escalated to \(department): \(note)"
            for target in actionTargets() {
                effects.append(.send(SendRequest(ticketId: target.id, kind: .note, body: body, status: nil, guard: .none)))
            }
            return effects
        case "view", "v":
            guard let view = CommandLineParser.view(args) else {
                return fail("usage: :view all|mine|unassigned|breached|status S|category C|channel CH")
            }
            return switchView(view)
        case "send":
            guard compose != nil else { return fail("nothing to send (r to reply, c for a note)") }
            var s: TicketStatus?
            if let a = args.first {
                guard let parsed = CommandLineParser.status(a) else { return fail("unknown status \(a)") }
                s = parsed
            }
            modal = .compose
            if let reason = Command.send.disabledReason(in: self) { return fail(reason) }
            compose?.statusOnSend = s
            return send()
        case "reply", "r":
            return run(.reply)
        case "note", "comment", "c":
            return run(.note)
        case "open", "o":
            guard args.count == 1, let id = Int64(args[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
                return fail("usage: :open TICKET-NUMBER")
            }
            modal = nil
            return openTicket(id)
        case "search", "s", "/":
            let left = leaveTicket()
            inbox.search.setText(rest)
            return left + searchChanged()
        case "undo", "u":
            return run(.undo)
        case "refresh", "reload", "e":
            return run(.refresh)
        case "select":
            switch args.first?.lowercased() {
            case "all": return run(.selectAll)
            case "none", "clear": return run(.clearSelection)
            default: return fail("usage: :select all|none")
            }
        case "help", "h":
            return run(.help)
        default:
            if let id = Int64(verb.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) { modal = nil; return openTicket(id) }
            return fail("unknown command (try :help)")
        }
    }
}
