import AftercareCore
import Foundation

extension AppState {
    /// Opens a ticket: loads its detail and the agent's saved draft (offered back when it arrives).
    mutating func openTicket(_ id: Int64) -> [Effect] {
        var effects: [Effect] = []
        if let c = compose, c.ticketId != id {
            effects += saveDraftNow()
            compose = nil
        }
        if ticket?.ticketId != id {
            var view = TicketViewState(ticketId: id)
            // Show what the list already knows while the detail loads.
            view.knownVersion = inbox.rows.first { $0.id == id }?.ticket.version
            ticket = view
        }
        screen = .ticket
        if modal != .compose { modal = nil }
        effects.append(.loadDetail(ticketId: id))
        if compose == nil { effects.append(.loadDraft(ticketId: id)) }
        return effects
    }

    /// Enter in the history pane: the customer's other ticket.
    mutating func openHistoryTicket() -> [Effect] {
        guard let t = ticket, let others = t.detail?.otherTickets, others.indices.contains(t.historySelected) else { return [] }
        let id = others[t.historySelected].id
        var effects = saveDraftNow()
        compose = nil
        ticket = nil
        effects += openTicket(id)
        return effects
    }

    /// J/K on the ticket screen: the next/previous inbox row.
    mutating func stepTicket(by delta: Int) -> [Effect] {
        let target = inbox.selected + delta
        guard inbox.rows.indices.contains(target) else {
            var effects = moveInbox(to: target)
            status = StatusLine(delta > 0 ? "no more tickets loaded below" : "first ticket", kind: .info)
            effects += []
            return effects
        }
        var effects = moveInbox(to: target)
        effects += saveDraftNow()
        if compose?.ticketId != inbox.rows[target].id { compose = nil }
        modal = nil
        ticket = nil
        effects += openTicket(inbox.rows[target].id)
        return effects
    }

    mutating func detailLoaded(_ id: Int64, _ result: Result<TicketDetail, DeskServiceError>) -> [Effect] {
        guard var t = ticket, t.ticketId == id else { return [] }
        switch result {
        case let .failure(error):
            status = StatusLine("ticket #\(id): \(error.description)", kind: .error)
            return []
        case let .success(detail):
            let first = t.detail == nil
            if let old = t.detail, let known = t.knownVersion, detail.ticket.version > known {
                t.notice = "changed by someone else: " + Self.describeChanges(from: old.ticket, to: detail.ticket)
            }
            t.knownVersion = detail.ticket.version
            t.detail = detail
            let maxScroll = Layout.maxThreadScroll(detail, size: size)
            if first || t.scrolledToEnd { t.threadScroll = maxScroll } else { t.threadScroll = min(t.threadScroll, maxScroll) }
            t.scrolledToEnd = t.threadScroll == maxScroll
            t.historySelected = min(t.historySelected, max(0, detail.otherTickets.count - 1))
            ticket = t
            if let index = inbox.rows.firstIndex(where: { $0.id == id }) { inbox.rows[index] = detail.summary }
            refreshPicker()
            return []
        }
    }

    /// "status open → solved, assignee → wei" (what another agent changed).
    static func describeChanges(from old: Ticket, to new: Ticket) -> String {
        var parts: [String] = []
        if old.status != new.status { parts.append("status \(old.status.rawValue) → \(new.status.rawValue)") }
        if old.priority != new.priority { parts.append("priority \(old.priority.rawValue) → \(new.priority.rawValue)") }
        if old.category != new.category { parts.append("category → \(new.category.rawValue)") }
        if old.assignee != new.assignee { parts.append("assignee → \(new.assignee ?? "nobody")") }
        if old.tags != new.tags { parts.append("tags → \(new.tags.joined(separator: ","))") }
        if old.department != new.department { parts.append("department → \(new.department ?? "none")") }
        return parts.isEmpty ? "new message or update" : parts.joined(separator: ", ")
    }

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

    mutating func confirm(_ yes: Bool) -> [Effect] {
        guard case let .confirm(state) = modal else { return [] }
        modal = nil
        switch state.action {
        case let .restoreDraft(draft):
            guard yes else {
                status = StatusLine("draft left as it was; writing a new one replaces it")
                return []
            }
            var c = ComposeState(ticketId: draft.ticketId, kind: draft.kind, text: draft.body)
            c.draftDirty = false
            compose = c
            modal = .compose
            status = StatusLine("restored your unsent \(draft.kind == .note ? "note" : "reply")")
            return []
        case .discardCompose:
            guard yes, let c = compose else {
                if compose != nil { modal = .compose }
                return []
            }
            compose = nil
            status = StatusLine("draft discarded")
            return [.saveDraft(Draft(ticketId: c.ticketId, agent: agent.login, kind: c.kind, body: "", updatedAt: now))]
        }
    }
}
