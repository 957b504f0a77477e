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
            compose = ComposeState(ticketId: id, kind: kind)
        }
        modal = .compose
        return effects
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
}
