import AftercareCore
import AftercareInterchange
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    /// Streams the whole desk from one consistent snapshot, a record at a time. Children (an
    /// order's returns, a ticket's messages) come from a second cursor in the same order as their
    /// parents, merged as they go: never a query per record, never the desk in memory.
    public func export(_ emit: (ExportRecord) throws -> Void) throws {
        try read { db in
            var customerRefs: [Int64: String] = [:]
            let customers = try Row.fetchCursor(db, sql: "SELECT \(CustomerColumn.selectList) FROM customer ORDER BY id")
            while let row = try customers.next() {
                let customer = try Self.customer(row)
                customerRefs[customer.id] = customer.externalId
                try emit(.customer(customer))
            }
            var orderRefs: [Int64: String] = [:]
            let orders = try Row.fetchCursor(db, sql: "SELECT \(OrderColumn.selectList) FROM shop_order o ORDER BY o.id")
            let returns = try Row.fetchCursor(db, sql: "SELECT \(ReturnColumn.selectList) FROM order_return ORDER BY order_id, id")
            var pendingReturn = try returns.next()
            while let row = try orders.next() {
                var order = try Self.order(row, customer: customerRefs[row[OrderColumn.customerId]] ?? "")
                while let next = pendingReturn, (next[ReturnColumn.orderId] as Int64) <= order.id {
                    if (next[ReturnColumn.orderId] as Int64) == order.id {
                        order.returns.append(Self.returnRequest(next, orderCurrency: order.amount.currency))
                    }
                    pendingReturn = try returns.next()
                }
                orderRefs[order.id] = order.externalId
                try emit(.order(order))
            }
            let tickets = try Row.fetchCursor(db, sql: TicketRow.select.replacingOccurrences(
                of: "FROM ticket t", with: ", (SELECT s.external_id FROM ticket s WHERE s.id = t.merged_into) FROM ticket t") + " ORDER BY t.id")
            let messages = try Row.fetchCursor(db, sql: "SELECT \(MessageColumn.selectList) FROM message ORDER BY ticket_id, id")
            var pending: Message? = try messages.next().map(Self.message)
            while let row = try tickets.next() {
                let ticket = TicketRow.ticket(row)
                var thread: [Message] = []
                while let message = pending, message.ticketId <= ticket.id {
                    if message.ticketId == ticket.id { thread.append(message) }
                    pending = try messages.next().map(Self.message)
                }
                // The survivor's external id is the column after the ticket's own.
                try emit(.ticket(TicketWithThread(ticket: ticket, messages: thread), mergedIntoExternalId: row[TicketColumn.allCases.count]))
            }
            let touchpoints = try Row.fetchCursor(db, sql: """
                SELECT customer_id, order_id, kind, channel, at, note FROM touchpoint ORDER BY id
                """)
            while let row = try touchpoints.next() {
                try emit(.touchpoint(Touchpoint(
                    customerExternalId: customerRefs[row["customer_id"]] ?? "",
                    orderExternalId: (row["order_id"] as Int64?).flatMap { orderRefs[$0] },
                    kind: TouchpointKind(rawValue: row["kind"]) ?? .checkIn, channel: Channel(rawValue: row["channel"]) ?? .web,
                    at: TicketRow.date(row["at"])!, note: row["note"])))
            }
        }
    }
}
