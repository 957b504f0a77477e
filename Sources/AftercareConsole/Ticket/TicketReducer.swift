import AftercareCore
import Foundation

/// The ticket screen's part of `reduce`: opening tickets, the two panes, stepping through the
/// inbox's rows, and what changed when a reload shows someone else's edit.
extension AppState {
    /// A ticket is on screen (its detail may still be loading).
    var isTicketOpen: Bool { screen == .ticket && ticket != nil }

    /// The ticket writing commands act on: the open one, else the highlighted row (opened first).
    mutating func ensureTicketOpen() -> (id: Int64, effects: [Effect])? {
        if screen == .ticket, let id = ticket?.ticketId { return (id, []) }
        guard let row = inbox.selectedRow else { return nil }
        return (row.id, openTicket(row.id))
    }

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
            let effects = moveInbox(to: target)
            status = StatusLine(delta > 0 ? "no more tickets loaded below" : "first ticket", kind: .info)
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
        case let .failure(.notFound(message)):
            // `:open 5` on a desk without #5 (or a ticket gone meanwhile): nothing to show or
            // answer, and no draft to keep for it.
            compose = nil
            ticket = nil
            screen = .inbox
            if modal == .compose { modal = nil }
            status = StatusLine(message, kind: .error)
            return []
        case let .failure(error):
            status = StatusLine("ticket #\(id): \(error.description)", kind: .error)
            return []
        case let .success(detail):
            let first = t.detail == nil
            if let old = t.detail, let known = t.knownVersion, detail.ticket.version > known {
                t.notice = Self.changeNotice(from: old, to: detail, now: now)
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

    /// "wei, 2m ago: replied; status open → solved, assignee → wei": who changed the ticket under
    /// the agent's eyes, and what. Shown in the header until the next key.
    static func changeNotice(from old: TicketDetail, to new: TicketDetail, now: Date) -> String {
        var what: [String] = []
        for message in new.messages.dropFirst(old.messages.count) {
            switch message.kind {
            case .inbound: what.append("the customer wrote")
            case .reply: what.append("\(message.author) replied")
            case .note: what.append("\(message.author) added a note")
            }
        }
        let fields = describeChanges(from: old.ticket, to: new.ticket)
        if fields != "new message or update" || what.isEmpty { what.append(fields) }
        var who = "changed"
        if let last = new.lastChange {
            who = last.agent == "customer" ? "the customer" : last.agent
            who += ", " + DisplayFormat.ago(last.at, now: now)
        }
        return "⚠ " + who + ": " + what.joined(separator: "; ")
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

    /// Back to the inbox, saving the draft (q/Esc/h, and a view or search asked for on a ticket).
    mutating func leaveTicket() -> [Effect] {
        guard screen == .ticket else { return [] }
        let effects = saveDraftNow()
        compose = nil
        screen = .inbox
        ticket = nil
        return effects
    }

    /// Tab: the other pane takes the focus.
    mutating func switchPane() -> [Effect] {
        guard screen == .ticket, ticket != nil, modal == nil else { return [] }
        let pane = ticket?.pane
        ticket?.pane = pane == .thread ? .history : .thread
        return []
    }

    /// Scrolls the thread; at its end it stays at the end as messages arrive.
    mutating func scrollThread(_ motion: Motion) -> [Effect] {
        guard var t = ticket else { return [] }
        let page = Layout.ticketPaneRows(for: size)
        let maxScroll = Layout.maxThreadScroll(t.detail, size: size)
        switch motion {
        case .down: t.threadScroll += 1
        case .up: t.threadScroll -= 1
        case .pageDown: t.threadScroll += max(1, page - 1)
        case .pageUp: t.threadScroll -= max(1, page - 1)
        case .top: t.threadScroll = 0
        case .bottom: t.threadScroll = maxScroll
        }
        t.threadScroll = min(max(0, t.threadScroll), maxScroll)
        t.scrolledToEnd = t.threadScroll == maxScroll
        ticket = t
        return []
    }

    /// Moves through the customer's other tickets; pages scroll the history pane.
    mutating func moveInHistory(_ motion: Motion) -> [Effect] {
        guard var t = ticket else { return [] }
        let count = t.detail?.otherTickets.count ?? 0
        let page = Layout.ticketPaneRows(for: size)
        switch motion {
        case .down: t.historySelected += 1
        case .up: t.historySelected -= 1
        case .top: t.historySelected = 0; t.historyScroll = 0
        case .bottom: t.historySelected = count - 1
        case .pageDown: t.historyScroll += max(1, page - 1)
        case .pageUp: t.historyScroll = max(0, t.historyScroll - max(1, page - 1))
        }
        t.historySelected = min(max(0, t.historySelected), max(0, count - 1))
        ticket = t
        return []
    }

    /// After a resize: the thread can't scroll past its new last screenful.
    mutating func clampThreadScroll() {
        guard var t = ticket, let detail = t.detail else { return }
        t.threadScroll = min(t.threadScroll, Layout.maxThreadScroll(detail, size: size))
        ticket = t
    }
}
