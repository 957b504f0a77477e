import AftercareCore
import AftercareTemplates
import Foundation

extension AppState {
    /// The ticket writing commands act on: the open one, else the highlighted row (opened first).
    mutating func ensureTicketOpen() -> (id: Int64, effects: [Effect])? {
        if screen == .ticket, let id = ticket?.ticketId { return (id, []) }
        guard let row = inbox.selectedRow else { return nil }
        return (row.id, openTicket(row.id))
    }

    /// `r` / `c`: opens the inline editor for a reply or an internal note, keeping any text
    /// already written for this ticket.
    mutating func startCompose(_ kind: MessageKind) -> [Effect] {
        guard let (id, effects) = ensureTicketOpen() else { return [] }
        if let c = compose, c.ticketId == id {
            if c.editor.isEmpty { compose?.kind = kind }
        } else {
            compose = ComposeState(ticketId: id, kind: kind)
        }
        modal = .compose
        return effects
    }

    /// `R` / `E` / C-e: the reply or note in $EDITOR, seeded with what is written so far.
    mutating func openEditor(kind: MessageKind) -> [Effect] {
        guard let (id, effects) = ensureTicketOpen() else { return [] }
        let seed = compose?.ticketId == id ? compose?.editor.text ?? "" : ""
        let k = compose?.ticketId == id ? compose?.kind ?? kind : kind
        return effects + saveDraftNow() + [.openEditor(EditorRequest(ticketId: id, kind: k, seed: seed))]
    }

    mutating func editorFinished(_ request: EditorRequest, _ text: String?) -> [Effect] {
        guard let text, text != request.seed else {
            status = StatusLine("editor closed; nothing changed")
            return []
        }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        if compose?.ticketId != request.ticketId { compose = ComposeState(ticketId: request.ticketId, kind: request.kind) }
        compose?.kind = request.kind
        compose?.editor.setText(body)
        markComposeEdited()
        if ticket?.ticketId == request.ticketId, screen == .ticket { modal = .compose }
        status = StatusLine("text from the editor: C-s sends, C-x sends and sets status")
        return saveDraftNow()
    }

    /// C-s: sends the reply or adds the note (setting `statusOnSend` if chosen).
    mutating func send() -> [Effect] {
        guard var c = compose else { return [] }
        c.sending = true
        compose = c
        if case .menu = modal { modal = .compose }
        let version = ticket?.ticketId == c.ticketId ? (ticket?.detail?.ticket.version ?? ticket?.knownVersion) : nil
        status = StatusLine(c.kind == .note ? "adding note…" : "sending…")
        return [.send(SendRequest(ticketId: c.ticketId, kind: c.kind, body: c.editor.text, status: c.statusOnSend, expectedVersion: version))]
    }

    mutating func sent(_ request: SendRequest, _ result: Result<Ticket, DeskServiceError>) -> [Effect] {
        switch result {
        case let .success(saved):
            var effects: [Effect] = []
            if let c = compose, c.ticketId == request.ticketId, c.sending {
                if c.editor.text == request.body {
                    compose = nil
                    if modal == .compose { modal = nil }
                    effects.append(.saveDraft(Draft(ticketId: request.ticketId, agent: agent.login, kind: request.kind, body: "", updatedAt: now)))
                } else {
                    compose?.sending = false
                }
            }
            ticketSaved(saved)
            var text = request.kind == .note ? "note added to #\(request.ticketId)" : "reply sent on #\(request.ticketId)"
            if let s = request.status { text += ", status → \(s.rawValue)" }
            status = StatusLine(text)
            if ticket?.ticketId == request.ticketId { effects.append(.loadDetail(ticketId: request.ticketId)) }
            effects.append(.loadCounts(countRequests()))
            return effects
        case let .failure(error):
            if compose?.ticketId == request.ticketId { compose?.sending = false }
            status = StatusLine((request.kind == .note ? "note not added: " : "not sent: ") + error.description, kind: .error)
            if case .conflict = error, ticket?.ticketId == request.ticketId {
                ticket?.notice = error.description
                return [.loadDetail(ticketId: request.ticketId)]
            }
            return []
        }
    }

    // MARK: Canned replies

    mutating func openPicker() -> [Effect] {
        guard let (_, effects) = ensureTicketOpen() else { return [] }
        modal = .templatePicker(TemplatePickerState())
        refreshPicker()
        return effects
    }

    /// Re-ranks the picker's matches for its query (the ticket's category first) and re-renders
    /// the preview. No-op when the picker is closed.
    mutating func refreshPicker() {
        guard case var .templatePicker(picker) = modal else { return }
        let subject = ticket?.detail?.ticket ?? inbox.rows.first { $0.id == ticket?.ticketId }?.ticket
        let selectedName = picker.selectedTemplate.map { ($0.name, $0.language) }
        if let subject {
            picker.matches = TemplateSuggestions.rank(templates, for: subject, language: subject.language, query: picker.query.text)
        } else {
            picker.matches = []
        }
        if let selectedName, let index = picker.matches.firstIndex(where: { ($0.name, $0.language) == selectedName }) {
            picker.selected = index
        } else {
            picker.selected = 0
        }
        modal = .templatePicker(picker)
        refreshPickerPreview()
    }

    /// Fills the highlighted template from the ticket, customer and order.
    mutating func refreshPickerPreview() {
        guard case var .templatePicker(picker) = modal else { return }
        picker.preview = nil
        picker.previewError = nil
        if let template = picker.selectedTemplate {
            if let detail = ticket?.detail {
                let context = PlaceholderContext(
                    replyingTo: detail, agent: agent, shopName: shopName, now: now, policy: slaPolicy,
                    language: template.language, loyalty: loyalty)
                do {
                    picker.preview = try TemplateRenderer.render(template, with: context)
                } catch {
                    picker.previewError = "\(error)"
                }
            } else {
                picker.previewError = "loading the ticket…"
            }
        }
        modal = .templatePicker(picker)
    }

    /// Enter (only when every placeholder is filled) or Tab (holes kept as «name», and sending is
    /// refused until they are replaced): the reply goes into the compose editor at the cursor.
    mutating func insertTemplate() -> [Effect] {
        guard case let .templatePicker(picker) = modal, let template = picker.selectedTemplate,
              let preview = picker.preview, let id = ticket?.ticketId else { return [] }
        if compose?.ticketId != id { compose = ComposeState(ticketId: id, kind: .reply) }
        guard var c = compose else { return [] }
        if c.editor.isEmpty { c.editor.setText(preview.text) } else { c.editor.insert(preview.text) }
        c.templateName = template.name
        c.missingPlaceholders = Array(Set(c.missingPlaceholders + preview.missing)).sorted()
        compose = c
        markComposeEdited()
        modal = .compose
        if preview.missing.isEmpty {
            status = StatusLine("inserted “\(template.name)”")
        } else {
            status = StatusLine("inserted “\(template.name)”; fill in: " + preview.missing.joined(separator: ", "), kind: .error)
        }
        return []
    }
}

/// The choosers behind s, p, C, v and C-x.
enum Menus {
    static func status(current: TicketStatus?) -> MenuState {
        let options: [(TicketStatus, Character)] = [(.open, "o"), (.pending, "p"), (.onHold, "h"), (.solved, "s"), (.closed, "c")]
        return MenuState(
            title: "Set status",
            options: options.map { MenuOption(label: $0.0.rawValue, hotkey: $0.1, choice: .status($0.0)) },
            selected: options.firstIndex { $0.0 == current } ?? 0)
    }

    static func priority(current: Priority?) -> MenuState {
        let options: [(Priority, Character)] = [(.urgent, "u"), (.high, "h"), (.normal, "n"), (.low, "l")]
        return MenuState(
            title: "Set priority",
            options: options.map { MenuOption(label: $0.0.rawValue, hotkey: $0.1, choice: .priority($0.0)) },
            selected: options.firstIndex { $0.0 == current } ?? 0)
    }

    static func category(current: TicketCategory?) -> MenuState {
        let hotkeys = Array("1234567890abcdef")
        let all = TicketCategory.allCases
        return MenuState(
            title: "Set category",
            options: all.enumerated().map { i, c in
                MenuOption(label: "\(c.rawValue) (\(c.label(in: .zh)))", hotkey: i < hotkeys.count ? hotkeys[i] : nil, choice: .category(c))
            },
            selected: all.firstIndex { $0 == current } ?? 0)
    }

    static func views(current: InboxView) -> MenuState {
        var views: [InboxView] = [.allOpen, .mine, .unassigned, .breached]
        views += TicketStatus.allCases.map(InboxView.status)
        views += TicketCategory.allCases.map(InboxView.category)
        views += Channel.allCases.map(InboxView.channel)
        let hotkeys: [Character] = ["1", "2", "3", "4"]
        return MenuState(
            title: "View",
            options: views.enumerated().map { i, v in MenuOption(label: v.description, hotkey: i < hotkeys.count ? hotkeys[i] : nil, choice: .view(v)) },
            selected: views.firstIndex(of: current) ?? 0)
    }

    static func send(kind: MessageKind) -> MenuState {
        let what = kind == .note ? "Add note" : "Send"
        return MenuState(title: "\(what) and…", options: [
            MenuOption(label: "\(what), status unchanged", hotkey: "s", choice: .send(status: nil)),
            MenuOption(label: "\(what), set pending (waiting on customer)", hotkey: "p", choice: .send(status: .pending)),
            MenuOption(label: "\(what), set solved", hotkey: "d", choice: .send(status: .solved)),
            MenuOption(label: "\(what), set on hold (third party)", hotkey: "h", choice: .send(status: .onHold)),
            MenuOption(label: "\(what), set open", hotkey: "o", choice: .send(status: .open)),
        ])
    }
}
