import AftercareCore
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    /// Applies agent changes to one ticket in one transaction. With `expectedVersion` (what the
    /// agent saw), a ticket someone else changed meanwhile is a `StoreError.conflict`, never an
    /// overwrite. Returns the ticket as saved.
    @discardableResult
    public func apply(_ changes: [TicketChange], to id: Int64, expectedVersion: Int64? = nil, by agent: Agent, at now: Date) throws -> Ticket {
        try write { db in
            var before: TicketCategory?
            let ticket = try mutate(db, id, expectedVersion: expectedVersion, by: agent, at: now) { ticket, policy in
                before = ticket.category
                for change in changes {
                    try TicketWorkflow.apply(change, to: &ticket, at: now, policy: policy)
                }
            }
            // An agent filed the ticket elsewhere than triage had: a lesson for the classifier.
            let recategorised = changes.contains { if case .setCategory = $0 { true } else { false } }
            if recategorised, ticket.category != before { try recordCorrection(db, ticket: ticket, by: agent, at: now) }
            return ticket
        }
    }

    /// Sends a reply (or adds an internal note) and, in the same transaction, moves the status
    /// ("send and set pending"). A reply records the first response; a note changes no clock.
    /// The message is an audit event of its own (`reply`/`note`, the message id), which is what
    /// `WriteGuard.unansweredSince` looks for.
    @discardableResult
    public func addMessage(
        _ kind: MessageKind, body: String, to id: Int64, setting status: TicketStatus? = nil,
        guard writeGuard: WriteGuard = .none, by agent: Agent, at now: Date
    ) throws -> (ticket: Ticket, message: Message) {
        precondition(kind != .inbound, "customer messages arrive through receiveInbound")
        // The promise "no reply with holes reaches a customer" is kept here, on the text itself,
        // whichever way it was written.
        try PlaceholderHoles.checkSendable(body, kind: kind)
        return try write { db in
            var expectedVersion: Int64?
            switch writeGuard {
            case .none: break
            case let .version(version): expectedVersion = version
            case let .unansweredSince(version):
                let meanwhile = try Self.changesMeanwhile(db, ticket: id, after: version, by: agent)
                if !meanwhile.isEmpty { throw StoreError.answeredMeanwhile(ticketId: id, changes: meanwhile) }
            }
            let ticket = try mutate(db, id, expectedVersion: expectedVersion, by: agent, at: now, recordsOwnEvent: true) { ticket, policy in
                if kind == .reply {
                    try TicketWorkflow.applyReply(to: &ticket, at: now, setting: status, policy: policy)
                } else if let status {
                    try TicketWorkflow.apply(.setStatus(status), to: &ticket, at: now, policy: policy)
                } else {
                    ticket.updatedAt = now
                }
            }
            let message = try insertMessage(db, Message(ticketId: id, kind: kind, author: agent.login, channel: ticket.channel, createdAt: now, body: body))
            try AuditTrail.record(db, ticket: id, agent: agent, at: now, version: ticket.version,
                                  changes: [AuditChange(field: kind.rawValue, old: nil, new: String(message.id))])
            return (ticket, message)
        }
    }

    /// Replies and notes by anyone, and status changes by others, after `version`.
    static func changesMeanwhile(_ db: Database, ticket id: Int64, after version: Int64, by agent: Agent) throws -> [MeanwhileChange] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.field, a.agent, a.at, a.old_value, a.new_value, m.body
            FROM audit a LEFT JOIN message m ON a.field IN ('reply', 'note') AND m.id = CAST(a.new_value AS INTEGER)
            WHERE a.ticket_id = ? AND a.version > ? AND (a.field IN ('reply', 'note') OR (a.field = 'status' AND a.agent != ?))
            ORDER BY a.id
            """, arguments: [id, version, agent.login])
        return rows.compactMap { row in
            guard let kind = MeanwhileChange.Kind(rawValue: row[0]) else { return nil }
            let detail: String = kind == .status ? "\(row[3] as String? ?? "?") → \(row[4] as String? ?? "?")" : (row[5] as String? ?? "")
            return MeanwhileChange(kind: kind, agent: row[1], at: TicketRow.date(row[2])!, detail: detail)
        }
    }

    /// A customer wrote again: appends the message and reopens a pending or solved ticket.
    /// A message on a closed ticket starts a follow-up ticket; returns the ticket that got it.
    /// Triage runs again on what the customer has written (see `Triage.reclassify`): the
    /// category may change and angry wording raises the priority, unless an agent set them.
    @discardableResult
    public func receiveInbound(body: String, on id: Int64, at now: Date) throws -> Ticket {
        try write { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: TicketRow.select + " WHERE t.id = ?"), arguments: [id]) else {
                throw StoreError.unknownTicket(id)
            }
            var target = TicketRow.ticket(row)
            let author: String = row[TicketColumn.customerName]
            let settings = try currentSettings(db)
            var probe = target
            if TicketWorkflow.applyInbound(to: &probe, at: now, policy: settings.sla) == .needsFollowUpTicket {
                target = try insertFollowUp(db, of: target, at: now)
            } else {
                let triage = try currentTriage(db)
                let conversation = try self.conversation(db, ticket: target) + "\n" + body
                let tier = settings.loyalty.tier(orderCount: Int(row[TicketColumn.customerOrderCount, within: SaneBounds.count]),
                                                 lifetimeSpendMinor: row[TicketColumn.customerLifetimeSpend, within: SaneBounds.money])
                target = try mutate(db, id, expectedVersion: nil, by: Agent(login: "customer"), at: now, recordsOwnEvent: true) { ticket, policy in
                    _ = TicketWorkflow.applyInbound(to: &ticket, at: now, policy: policy)
                    triage.reclassify(&ticket, conversation: conversation, newMessage: body, tier: tier)
                }
            }
            let message = try insertMessage(db, Message(ticketId: target.id, kind: .inbound, author: author, channel: target.channel, createdAt: now, body: body))
            try AuditTrail.record(db, ticket: target.id, agent: Agent(login: "customer"), at: now, version: target.version,
                                  changes: [AuditChange(field: MessageKind.inbound.rawValue, old: nil, new: String(message.id))])
            return target
        }
    }

    /// Loads, changes, version-checks and writes one ticket, with its audit rows. A change of no
    /// audited field is recorded as "touched", unless the caller records its own event (a message).
    func mutate(
        _ db: Database, _ id: Int64, expectedVersion: Int64?, by agent: Agent, at now: Date, recordsOwnEvent: Bool = false,
        _ change: (inout Ticket, SLAPolicy) throws -> Void
    ) throws -> Ticket {
        let policy = try currentSettings(db).sla
        guard let row = try Row.fetchOne(db.cachedStatement(sql: TicketRow.select + " WHERE t.id = ?"), arguments: [id]) else {
            throw StoreError.unknownTicket(id)
        }
        let old = TicketRow.ticket(row)
        if let expectedVersion, expectedVersion != old.version {
            throw try conflict(db, id, expected: expectedVersion, actual: old.version)
        }
        var ticket = old
        try change(&ticket, policy)
        ticket.version = old.version + 1
        let orderId = try Int64.fetchOne(db, sql: "SELECT order_id FROM ticket WHERE id = ?", arguments: [id])
        try TicketRow.update(db, ticket, orderId: orderId, policy: policy)
        var changes = AuditDiff.changes(from: old, to: ticket)
        if changes.isEmpty && !recordsOwnEvent { changes = [AuditChange(field: "touched", old: nil, new: nil)] }
        try AuditTrail.record(db, ticket: id, agent: agent, at: now, version: ticket.version, changes: changes)
        return ticket
    }

    private func conflict(_ db: Database, _ id: Int64, expected: Int64, actual: Int64) throws -> StoreError {
        let last = try Row.fetchOne(db, sql: "SELECT agent, at FROM audit WHERE ticket_id = ? ORDER BY id DESC LIMIT 1", arguments: [id])
        return .conflict(ticketId: id, expected: expected, actual: actual, changedBy: last?[0], changedAt: TicketRow.date(last?[1]))
    }

    func insertMessage(_ db: Database, _ message: Message) throws -> Message {
        let at = TicketRow.seconds(message.createdAt)!
        let documents = try Int64.fetchOne(db, sql: "SELECT message_count FROM ticket WHERE id = ?", arguments: [message.ticketId]) ?? 0
        var search = PendingSearchDocuments()
        var saved = message
        saved.id = try MessageRow.insert(db, message, ticket: message.ticketId)
        search.add(ticket: message.ticketId, document: documents + 1, text: message.body)
        try search.write(db)
        try db.execute(sql: """
            UPDATE ticket SET message_count = message_count + 1, reply_count = reply_count + ?,
                last_message_at = max(coalesce(last_message_at, 0), ?) WHERE id = ?
            """, arguments: [message.kind == .reply ? 1 : 0, at, message.ticketId])
        return saved
    }

    private func insertFollowUp(_ db: Database, of closed: Ticket, at now: Date) throws -> Ticket {
        var ticket = closed
        ticket.id = 0
        ticket.externalId = closed.externalId + "-followup-\(Int64(now.timeIntervalSince1970))"
        ticket.status = .new
        ticket.createdAt = now
        ticket.updatedAt = now
        ticket.firstRespondedAt = nil
        ticket.solvedAt = nil
        ticket.resolutionClock = ResolutionClock(runningSince: now)
        ticket.version = 1
        ticket.csat = nil
        ticket.nps = nil
        ticket.tags = Array(Set(closed.tags + ["follow-up"])).sorted()
        let ids = try Row.fetchOne(db, sql: "SELECT customer_id, order_id FROM ticket WHERE id = ?", arguments: [closed.id])!
        ticket.id = try TicketRow.insert(db, ticket, customerId: ids[0], orderId: ids[1], counters: .init(), policy: try currentSettings(db).sla)
        try SearchIndex.add(db, ticket: ticket.id, document: 0, text: ticket.subject)
        try AuditTrail.record(db, ticket: ticket.id, agent: Agent(login: "customer"), at: now, version: 1,
                              changes: [AuditChange(field: "created", old: nil, new: "follow-up of #\(closed.id)")])
        return ticket
    }
}
