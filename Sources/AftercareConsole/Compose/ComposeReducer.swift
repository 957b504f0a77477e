import AftercareCore
import Foundation

/// Compose's part of `reduce`: the inline editor and $EDITOR, sending, and its result. (Saving and
/// restoring drafts: `Drafts.swift`.)
extension AppState {
    /// `r` / `c`: opens the inline editor for a reply or an internal note, keeping any text
    /// already written for this ticket.
    mutating func startCompose(_ kind: MessageKind) -> [Effect] {
        guard let (id, effects) = ensureTicketOpen() else { return [] }
        if let c = compose, c.ticketId == id {
            if c.editor.isEmpty { compose?.kind = kind }
        } else {
            compose = newCompose(ticketId: id, kind: kind)
        }
        modal = .compose
        return effects
    }

    /// A new compose for a ticket, remembering the version the agent sees as they start writing.
    func newCompose(ticketId id: Int64, kind: MessageKind, text: String = "") -> ComposeState {
        ComposeState(ticketId: id, kind: kind, text: text, baseVersion: knownVersion(of: id))
    }

    /// The latest version of a ticket this console has seen: its detail, else its inbox row.
    func knownVersion(of id: Int64) -> Int64? {
        if let t = ticket, t.ticketId == id, let version = t.detail?.ticket.version ?? t.knownVersion { return version }
        return inbox.rows.first { $0.id == id }?.ticket.version
    }

    mutating func typeCompose(_ text: String) -> [Effect] {
        compose?.editor.insert(text)
        markComposeEdited()
        return []
    }

    mutating func editCompose(_ edit: TextEdit) -> [Effect] {
        guard var c = compose else { return [] }
        c.editor.apply(edit, width: Layout.composeTextWidth(for: size))
        compose = c
        if edit.changesText { markComposeEdited() }
        return []
    }

    mutating func markComposeEdited() {
        compose?.draftDirty = true
        compose?.lastEditAt = now
    }

    /// Esc: the editor closes, the text stays (and is saved as the draft).
    mutating func closeCompose() -> [Effect] {
        modal = nil
        return saveDraftNow()
    }

    /// C-g: asks first.
    mutating func askToDiscardCompose() -> [Effect] {
        modal = .confirm(ConfirmState(prompt: "Discard this \(compose?.kind == .note ? "note" : "reply") and its saved draft?", action: .discardCompose))
        return []
    }

    /// C-n: a reply becomes an internal note and back.
    mutating func toggleComposeKind() -> [Effect] {
        let kind = compose?.kind
        compose?.kind = kind == .note ? .reply : .note
        markComposeEdited()
        status = StatusLine(compose?.kind == .note ? "internal note: the customer won't see it" : "reply to the customer")
        return []
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
        if compose?.ticketId != request.ticketId { compose = newCompose(ticketId: request.ticketId, kind: request.kind) }
        compose?.kind = request.kind
        compose?.editor.setText(body)
        markComposeEdited()
        if ticket?.ticketId == request.ticketId, screen == .ticket { modal = .compose }
        status = StatusLine("text from the editor: C-s sends, C-x sends and sets status")
        return saveDraftNow()
    }

    /// C-s: sends the reply or adds the note (setting `statusOnSend` if chosen), unless someone
    /// answered the ticket since the agent started writing (`anyway` after they confirmed).
    mutating func send(anyway: Bool = false) -> [Effect] {
        guard var c = compose else { return [] }
        c.sending = true
        compose = c
        if case .menu = modal { modal = .compose }
        status = StatusLine(c.kind == .note ? "adding note…" : "sending…")
        let writeGuard: WriteGuard = anyway ? .none : c.baseVersion.map(WriteGuard.unansweredSince) ?? .none
        return [.send(SendRequest(ticketId: c.ticketId, kind: c.kind, body: c.editor.text, status: c.statusOnSend, guard: writeGuard))]
    }

    mutating func sent(_ request: SendRequest, _ result: Result<Ticket, DeskServiceError>) -> [Effect] {
        switch result {
        case let .success(saved):
            var effects: [Effect] = []
            if let c = compose, c.ticketId == request.ticketId, c.sending {
                if c.editor.text == request.body {
                    compose = nil
                    if modal == .compose { modal = nil }
                    effects.append(.saveDraft(Draft(ticketId: request.ticketId, agent: agent.login, session: session.id, kind: request.kind,
                                                    body: "", updatedAt: now)))
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
            if case let .answeredMeanwhile(_, changes) = error, compose?.ticketId == request.ticketId {
                // Show what happened (the thread reloads with the other answer) and let the agent
                // decide: their text stays either way.
                modal = .confirm(ConfirmState(prompt: Self.meanwhilePrompt(changes, kind: request.kind, now: now), action: .sendAnyway))
                status = StatusLine(error.description, kind: .error)
                return ticket?.ticketId == request.ticketId ? [.loadDetail(ticketId: request.ticketId)] : []
            }
            status = StatusLine((request.kind == .note ? "note not added: " : "not sent: ") + error.description, kind: .error)
            if case .conflict = error, ticket?.ticketId == request.ticketId {
                ticket?.notice = error.description
                return [.loadDetail(ticketId: request.ticketId)]
            }
            return []
        }
    }

    /// "wei replied 3m ago: “亲，已经为您补发…” Send your reply anyway?"
    static func meanwhilePrompt(_ changes: [MeanwhileChange], kind: MessageKind, now: Date) -> String {
        let latest = changes.last { $0.kind != .status } ?? changes.last
        var text = latest.map { change in
            var line = "\(change.summary) \(DisplayFormat.ago(change.at, now: now))"
            if change.kind != .status {
                let excerpt = change.detail.replacingOccurrences(of: "\n", with: " ")
                line += ": “" + (excerpt.count > 60 ? String(excerpt.prefix(60)) + "…" : excerpt) + "”"
            }
            return line
        } ?? "the ticket was answered"
        if changes.count > 1 { text += " (+\(changes.count - 1) more)" }
        return text + ". Send your \(kind == .note ? "note" : "reply") anyway?"
    }
}
