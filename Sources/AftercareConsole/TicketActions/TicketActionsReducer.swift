import AftercareCore
import Foundation

/// The ticket actions' part of `reduce`: changes applied to the open ticket, the bulk selection or
/// the highlighted row as one undoable step, their results, and undo.
extension AppState {
    /// The tickets an action applies to: the open ticket; else the bulk selection; else the
    /// highlighted row. `ticket` is what the console last saw of it (nil for a selected ticket no
    /// longer in the loaded rows: then no version check and no undo).
    func actionTargets() -> [(id: Int64, ticket: Ticket?)] {
        if screen == .ticket, let t = ticket {
            return [(t.ticketId, t.detail?.ticket ?? inbox.rows.first { $0.id == t.ticketId }?.ticket)]
        }
        if !inbox.bulk.isEmpty {
            return inbox.bulk.sorted().map { id in (id, inbox.rows.first { $0.id == id }?.ticket) }
        }
        if let row = inbox.selectedRow { return [(row.id, row.ticket)] }
        return []
    }

    /// Persists `changes` on every target as one undoable step.
    mutating func applyToTargets(_ changes: [TicketChange], label: String) -> [Effect] {
        let targets = actionTargets()
        guard !targets.isEmpty else {
            status = StatusLine("no ticket selected", kind: .error)
            return []
        }
        writeBatch += 1
        let batch = writeBatch
        let suffix = targets.count == 1 ? " on #\(targets[0].id)" : " on \(targets.count) tickets"
        status = StatusLine(label + suffix + "…")
        return targets.map { target in
            .persist(PersistRequest(
                ticketId: target.id, changes: changes, expectedVersion: target.ticket?.version,
                purpose: .action(label: label + suffix, inverse: target.ticket.map { Self.inverse(of: changes, on: $0) } ?? [], batch: batch)))
        }
    }

    /// The changes that put `ticket` back as it was before `changes`.
    static func inverse(of changes: [TicketChange], on ticket: Ticket) -> [TicketChange] {
        var inverse: [TicketChange] = []
        for change in changes.reversed() {
            switch change {
            case .setStatus: inverse.append(.setStatus(ticket.status))
            case .setPriority: inverse.append(.setPriority(ticket.priority))
            case .setCategory: inverse.append(.setCategory(ticket.category))
            case .assign: inverse.append(.assign(ticket.assignee))
            case let .addTag(tag): if !ticket.tags.contains(tag) { inverse.append(.removeTag(tag)) }
            case let .removeTag(tag): if ticket.tags.contains(tag) { inverse.append(.addTag(tag)) }
            case .setDepartment: inverse.append(.setDepartment(ticket.department))
            case .mergeInto, .recordSatisfaction: return []  // not undoable
            }
        }
        return inverse
    }

    /// Puts a saved ticket everywhere it is shown.
    mutating func ticketSaved(_ saved: Ticket) {
        if let index = inbox.rows.firstIndex(where: { $0.id == saved.id }) { inbox.rows[index].ticket = saved }
        if ticket?.ticketId == saved.id {
            ticket?.detail?.summary.ticket = saved
            ticket?.knownVersion = saved.version
        }
    }

    mutating func saved(_ request: PersistRequest, _ result: Result<Ticket, DeskServiceError>) -> [Effect] {
        switch result {
        case let .success(ticket):
            ticketSaved(ticket)
            switch request.purpose {
            case let .action(label, inverse, batch):
                let entry = UndoableChange.Entry(ticketId: ticket.id, inverse: inverse, versionAfter: ticket.version)
                if lastChange?.batch == batch {
                    if !inverse.isEmpty { lastChange?.entries.append(entry) }
                } else {
                    lastChange = inverse.isEmpty ? nil : UndoableChange(label: label, batch: batch, entries: [entry])
                }
                status = StatusLine(label + (lastChange == nil ? "" : " (u undoes)"))
            case let .undo(label):
                status = StatusLine("undid: \(label)")
            }
            return [.loadCounts(countRequests())]
        case let .failure(error):
            switch request.purpose {
            case let .undo(label):
                if case .conflict = error {
                    status = StatusLine("can't undo “\(label)”: #\(request.ticketId) was changed since", kind: .error)
                } else {
                    status = StatusLine("undo failed on #\(request.ticketId): \(error.description)", kind: .error)
                }
            case .action:
                status = StatusLine("#\(request.ticketId): \(error.description)", kind: .error)
            }
            if case .conflict = error {
                if ticket?.ticketId == request.ticketId {
                    ticket?.notice = error.description
                    return [.loadDetail(ticketId: request.ticketId)] + refreshAll().filter { if case .loadDetail = $0 { false } else { true } }
                }
                return refreshAll()
            }
            return []
        }
    }

    /// `u`: reverts the last change, on every ticket it touched, only where the ticket is still at
    /// the version our change produced (the store checks that too).
    mutating func undo() -> [Effect] {
        guard let change = lastChange else { return [] }
        for entry in change.entries {
            let current = ticket?.ticketId == entry.ticketId ? ticket?.detail?.ticket.version : inbox.rows.first { $0.id == entry.ticketId }?.ticket.version
            if let current, current != entry.versionAfter {
                status = StatusLine("can't undo “\(change.label)”: #\(entry.ticketId) was changed since", kind: .error)
                lastChange = nil
                return []
            }
        }
        lastChange = nil
        status = StatusLine("undoing \(change.label)…")
        return change.entries.map {
            .persist(PersistRequest(ticketId: $0.ticketId, changes: $0.inverse, expectedVersion: $0.versionAfter, purpose: .undo(label: change.label)))
        }
    }
}
