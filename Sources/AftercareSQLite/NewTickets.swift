import AftercareCore
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    /// A customer writes about something new: a ticket triaged from its text and the customer's
    /// tier (the store's triage rules), with the message as the first entry of its thread.
    public func openTicket(customer: String, order: String?, channel: Channel, subject: String, body: String, at now: Date) throws -> Ticket {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(CustomerColumn.selectList) FROM customer WHERE external_id = ?", arguments: [customer]) else {
                throw StoreError.unknownCustomer(customer)
            }
            let person = try Self.customer(row)
            let settings = try currentSettings(db)
            var orderId: Int64?
            if let order {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM shop_order WHERE external_id = ?", arguments: [order]) else {
                    throw StoreError.unknownOrder(order)
                }
                orderId = id
            }
            let next = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM ticket") ?? 0) + 1
            var ticket = Ticket(externalId: "AC-\(next)-\(Int64(now.timeIntervalSince1970))", customerExternalId: customer,
                                orderExternalId: order, channel: channel, language: person.language, subject: subject,
                                createdAt: now)
            let triage = try currentTriage(db).classify(subject: subject, body: body, tier: settings.loyalty.tier(of: person))
            Triage.apply(triage, to: &ticket)
            ticket.id = try TicketRow.insert(db, ticket, customerId: person.id, orderId: orderId, counters: .init(), policy: settings.sla)
            try SearchIndex.add(db, ticket: ticket.id, document: 0, text: subject)
            try AuditTrail.record(db, ticket: ticket.id, agent: Agent(login: "customer"), at: now, version: 1, changes: [
                AuditChange(field: "created", old: nil, new: "triage: " + (triage.matchedRules.isEmpty ? "no rule matched" : triage.matchedRules.joined(separator: ", "))),
            ])
            _ = try insertMessage(db, Message(ticketId: ticket.id, kind: .inbound, author: person.name, channel: channel, createdAt: now, body: body))
            return ticket
        }
    }

    public func summary(ticket id: Int64) throws -> TicketSummary {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: TicketRow.select + " WHERE t.id = ?", arguments: [id]) else {
                throw StoreError.unknownTicket(id)
            }
            return TicketRow.summary(row, loyalty: try currentSettings(db).loyalty)
        }
    }
}
