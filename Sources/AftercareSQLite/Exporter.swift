import AftercareCore
import AftercareStore
import Foundation
import GRDB
import AftercareInterchange

extension AppDatabase {
    /// Streams the whole desk from one consistent snapshot, a record at a time.
    public func export(_ emit: (ExportRecord) throws -> Void) throws {
        try writer.read { db in
            var customerRefs: [Int64: String] = [:]
            let customers = try Row.fetchCursor(db, sql: "SELECT \(Self.customerColumns) FROM customer ORDER BY id")
            while let row = try customers.next() {
                let customer = Self.customer(row)
                customerRefs[customer.id] = customer.externalId
                try emit(.customer(customer))
            }
            var orderRefs: [Int64: String] = [:]
            let orders = try Row.fetchCursor(db, sql: "SELECT \(Self.orderColumns), o.customer_id FROM shop_order o ORDER BY o.id")
            while let row = try orders.next() {
                let order = Self.order(row, customer: customerRefs[row[9]] ?? "")
                orderRefs[order.id] = order.externalId
                try emit(.order(order))
            }
            let tickets = try Row.fetchCursor(db, sql: TicketRow.select.replacingOccurrences(
                of: "FROM ticket t", with: ", (SELECT s.external_id FROM ticket s WHERE s.id = t.merged_into) FROM ticket t") + " ORDER BY t.id")
            let messages = try Row.fetchCursor(db, sql: """
                SELECT id, ticket_id, kind, author, channel, created_at, body FROM message ORDER BY ticket_id, id
                """)
            var pending: Message? = try messages.next().map(Self.message)
            while let row = try tickets.next() {
                let ticket = TicketRow.ticket(row)
                var thread: [Message] = []
                while let message = pending, message.ticketId <= ticket.id {
                    if message.ticketId == ticket.id { thread.append(message) }
                    pending = try messages.next().map(Self.message)
                }
                try emit(.ticket(TicketWithThread(ticket: ticket, messages: thread), mergedIntoExternalId: row[31]))
            }
            let touchpoints = try Row.fetchCursor(db, sql: """
                SELECT customer_id, order_id, kind, channel, at, note FROM touchpoint ORDER BY id
                """)
            while let row = try touchpoints.next() {
                try emit(.touchpoint(Touchpoint(
                    customerExternalId: customerRefs[row[0]] ?? "", orderExternalId: (row[1] as Int64?).flatMap { orderRefs[$0] },
                    kind: TouchpointKind(rawValue: row[2]) ?? .checkIn, channel: Channel(rawValue: row[3]) ?? .web,
                    at: TicketRow.date(row[4])!, note: row[5])))
            }
        }
    }
}
