import AftercareCore
import Foundation

/// The compose text as a saved draft: saved when typing pauses or the editor closes, offered back
/// when its ticket opens again, deleted when sent or discarded.
extension AppState {
    /// Saves the compose text now if it changed since the last save.
    mutating func saveDraftNow() -> [Effect] {
        guard var c = compose, c.draftDirty else { return [] }
        c.draftDirty = false
        compose = c
        return [.saveDraft(Draft(ticketId: c.ticketId, agent: agent.login, session: session.id, kind: c.kind, body: c.editor.text,
                                 baseVersion: c.baseVersion, updatedAt: now))]
    }

    mutating func draftSaveFailed(_ error: DeskServiceError) -> [Effect] {
        status = StatusLine("draft not saved: \(error.description)", kind: .error)
        if compose != nil { compose?.draftDirty = true }
        return []
    }

    /// The draft saved for a ticket just opened: offered back, or put straight into an empty editor.
    mutating func draftLoaded(_ id: Int64, _ draft: Draft?) -> [Effect] {
        guard let draft, !draft.body.isEmpty, ticket?.ticketId == id else { return [] }
        if let c = compose, c.ticketId == id, !c.editor.isEmpty { return [] }  // already writing
        if modal == nil {
            let kind = draft.kind == .note ? "note" : "reply"
            modal = .confirm(ConfirmState(prompt: "You have an unsent \(kind) here (\(draft.body.count) characters). Restore it?", action: .restoreDraft(draft)))
        } else if modal == .compose, compose?.ticketId == id {
            compose?.editor.setText(draft.body)
            compose?.kind = draft.kind
            status = StatusLine("restored your unsent \(draft.kind == .note ? "note" : "reply")")
        }
        return []
    }

    mutating func answerRestoreDraft(_ draft: Draft, yes: Bool) -> [Effect] {
        guard yes else {
            status = StatusLine("draft left as it was; writing a new one replaces it")
            return []
        }
        var c = newCompose(ticketId: draft.ticketId, kind: draft.kind, text: draft.body)
        // What its writer had seen, so an answer given while the connection was down still stops the send.
        if let base = draft.baseVersion { c.baseVersion = base }
        c.draftDirty = false
        compose = c
        modal = .compose
        status = StatusLine("restored your unsent \(draft.kind == .note ? "note" : "reply")")
        guard draft.session != session.id else { return [] }
        // Left by a console that is gone: it becomes this console's draft.
        compose?.draftDirty = true
        return saveDraftNow() + [.discardDraft(ticketId: draft.ticketId, session: draft.session)]
    }

    /// Yes throws the text and its saved draft away; no goes back to the editor.
    mutating func answerDiscardCompose(yes: Bool) -> [Effect] {
        guard yes, let c = compose else {
            if compose != nil { modal = .compose }
            return []
        }
        compose = nil
        status = StatusLine("draft discarded")
        return [.saveDraft(Draft(ticketId: c.ticketId, agent: agent.login, session: session.id, kind: c.kind, body: "", updatedAt: now))]
    }

    /// After "someone answered meanwhile": yes sends the agent's text too; no keeps it to edit.
    mutating func answerSendAnyway(yes: Bool) -> [Effect] {
        guard compose != nil else { return [] }
        guard yes else {
            modal = .compose
            status = StatusLine("not sent; your text is kept")
            return []
        }
        return send(anyway: true)
    }
}
