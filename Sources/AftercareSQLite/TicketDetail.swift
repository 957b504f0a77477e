import AftercareCore
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    public static let historyLimit = 20

    public func ticket(_ id: Int64) throws -> Ticket {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: TicketRow.select + " WHERE t.id = ?", arguments: [id]) else {
                throw StoreError.unknownTicket(id)
            }
            return TicketRow.ticket(row)
        }
    }

    public func detail(ticket id: Int64) throws -> TicketDetail {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: TicketRow.select + " WHERE t.id = ?", arguments: [id]) else {
                throw StoreError.unknownTicket(id)
            }
            let summary = TicketRow.summary(row, loyalty: rules.loyalty)
            let messages = try Row.fetchAll(db, sql: """
                SELECT id, ticket_id, kind, author, channel, created_at, body FROM message WHERE ticket_id = ? ORDER BY id
                """, arguments: [id]).map(Self.message)
            let customerRow = try Row.fetchOne(db, sql: "SELECT \(Self.customerColumns) FROM customer WHERE external_id = ?",
                                               arguments: [summary.ticket.customerExternalId])!
            let customer = Self.customer(customerRow)
            let orders = try Row.fetchAll(db, sql: """
                SELECT \(Self.orderColumns) FROM shop_order o WHERE o.customer_id = ? ORDER BY o.placed_at DESC LIMIT ?
                """, arguments: [customer.id, Self.historyLimit]).map { Self.order($0, customer: customer.externalId) }
            var order = orders.first { $0.externalId == summary.ticket.orderExternalId }
            if order == nil, let ref = summary.ticket.orderExternalId {
                order = try Row.fetchOne(db, sql: "SELECT \(Self.orderColumns) FROM shop_order o WHERE o.external_id = ?", arguments: [ref])
                    .map { Self.order($0, customer: customer.externalId) }
            }
            let others = try Row.fetchAll(db, sql: TicketRow.select + " WHERE t.customer_id = ? AND t.id != ? ORDER BY t.created_at DESC LIMIT ?",
                                          arguments: [customer.id, id, Self.historyLimit]).map { TicketRow.summary($0, loyalty: rules.loyalty) }
            let touchpoints = try Row.fetchAll(db, sql: """
                SELECT p.kind, p.channel, p.at, p.note, o.external_id FROM touchpoint p LEFT JOIN shop_order o ON o.id = p.order_id
                WHERE p.customer_id = ? ORDER BY p.at DESC LIMIT ?
                """, arguments: [customer.id, Self.historyLimit]).map { row in
                Touchpoint(customerExternalId: customer.externalId, orderExternalId: row[4], kind: TouchpointKind(rawValue: row[0]) ?? .checkIn,
                           channel: Channel(rawValue: row[1]) ?? .web, at: TicketRow.date(row[2])!, note: row[3])
            }
            return TicketDetail(summary: summary, messages: messages, customer: customer,
                                customerTier: rules.loyalty.tier(of: customer), order: order, recentOrders: orders,
                                otherTickets: others, touchpoints: touchpoints)
        }
    }

    static let customerColumns = "id, external_id, name, language, contacts, opted_out, notes, created_at, order_count, lifetime_spend"
    static let orderColumns = "o.id, o.external_id, o.number, o.placed_at, o.amount, o.currency, o.items, o.shipments, o.returns"

    static func message(_ row: Row) -> Message {
        Message(id: row[0], ticketId: row[1], kind: MessageKind(rawValue: row[2]) ?? .note, author: row[3],
                channel: Channel(rawValue: row[4]) ?? .web, createdAt: TicketRow.date(row[5])!, body: row[6])
    }

    static func customer(_ row: Row) -> Customer {
        Customer(id: row[0], externalId: row[1], name: row[2], language: Language(rawValue: row[3]) ?? .zh,
                 contacts: JSONColumns.decode([Contact].self, from: row[4]) ?? [], optedOut: row[5], notes: row[6],
                 createdAt: TicketRow.date(row[7])!, orderCount: row[8], lifetimeSpend: Money(minorUnits: row[9]))
    }

    static func order(_ row: Row, customer: String) -> Order {
        Order(id: row[0], externalId: row[1], customerExternalId: customer, number: row[2], placedAt: TicketRow.date(row[3])!,
              items: JSONColumns.decode([OrderItem].self, from: row[6]) ?? [],
              amount: Money(minorUnits: row[4], currency: row[5]),
              shipments: JSONColumns.decode([Shipment].self, from: row[7]) ?? [],
              returns: JSONColumns.decode([ReturnRequest].self, from: row[8]) ?? [])
    }
}
