import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// Columns of `message` in the order `MessageRow.select` reads them.
enum MessageColumn: Int, SelectedColumns {
    case id, ticketId, kind, author, channel, createdAt, body

    var expression: String {
        switch self {
        case .id: "id"
        case .ticketId: "ticket_id"
        case .kind: "kind"
        case .author: "author"
        case .channel: "channel"
        case .createdAt: "created_at"
        case .body: "body"
        }
    }
}

enum CustomerColumn: Int, SelectedColumns {
    case id, externalId, name, language, contacts, optedOut, notes, createdAt, orderCount, lifetimeSpend

    var expression: String {
        switch self {
        case .id: "id"
        case .externalId: "external_id"
        case .name: "name"
        case .language: "language"
        case .contacts: "contacts"
        case .optedOut: "opted_out"
        case .notes: "notes"
        case .createdAt: "created_at"
        case .orderCount: "order_count"
        case .lifetimeSpend: "lifetime_spend"
        }
    }
}

enum OrderColumn: Int, SelectedColumns {
    case id, externalId, number, placedAt, amount, currency, items, shipments, customerId

    var expression: String {
        switch self {
        case .id: "o.id"
        case .externalId: "o.external_id"
        case .number: "o.number"
        case .placedAt: "o.placed_at"
        case .amount: "o.amount"
        case .currency: "o.currency"
        case .items: "o.items"
        case .shipments: "o.shipments"
        case .customerId: "o.customer_id"
        }
    }
}

enum ReturnColumn: Int, SelectedColumns {
    case orderId, rma, kind, reason, state, refundAmount, refundCurrency, requestedAt

    var expression: String {
        switch self {
        case .orderId: "order_id"
        case .rma: "rma"
        case .kind: "kind"
        case .reason: "reason"
        case .state: "state"
        case .refundAmount: "refund_amount"
        case .refundCurrency: "refund_currency"
        case .requestedAt: "requested_at"
        }
    }
}

extension AppDatabase {
    public static let historyLimit = 20

    public func ticket(_ id: Int64) throws -> Ticket {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: TicketRow.select + " WHERE t.id = ?", arguments: [id]) else {
                throw StoreError.unknownTicket(id)
            }
            return TicketRow.ticket(row)
        }
    }

    public func detail(ticket id: Int64) throws -> TicketDetail {
        try read { db in
            let loyalty = try currentSettings(db).loyalty
            guard let row = try Row.fetchOne(db, sql: TicketRow.select + " WHERE t.id = ?", arguments: [id]) else {
                throw StoreError.unknownTicket(id)
            }
            let summary = TicketRow.summary(row, loyalty: loyalty)
            let messages = try Row.fetchAll(db, sql: "SELECT \(MessageColumn.selectList) FROM message WHERE ticket_id = ? ORDER BY id",
                                            arguments: [id]).map(Self.message)
            let customerRow = try Row.fetchOne(db, sql: "SELECT \(CustomerColumn.selectList) FROM customer WHERE external_id = ?",
                                               arguments: [summary.ticket.customerExternalId])!
            let customer = try Self.customer(customerRow)
            let orders = try Self.orders(db, sql: "SELECT \(OrderColumn.selectList) FROM shop_order o WHERE o.customer_id = ? ORDER BY o.placed_at DESC LIMIT ?",
                                         arguments: [customer.id, Self.historyLimit], customer: customer.externalId)
            var order = orders.first { $0.externalId == summary.ticket.orderExternalId }
            if order == nil, let ref = summary.ticket.orderExternalId {
                order = try Self.orders(db, sql: "SELECT \(OrderColumn.selectList) FROM shop_order o WHERE o.external_id = ?",
                                        arguments: [ref], customer: customer.externalId).first
            }
            let others = try Row.fetchAll(db, sql: TicketRow.select + " WHERE t.customer_id = ? AND t.id != ? ORDER BY t.created_at DESC LIMIT ?",
                                          arguments: [customer.id, id, Self.historyLimit]).map { TicketRow.summary($0, loyalty: loyalty) }
            let touchpoints = try Row.fetchAll(db, sql: """
                SELECT p.kind, p.channel, p.at, p.note, o.external_id AS order_external_id
                FROM touchpoint p LEFT JOIN shop_order o ON o.id = p.order_id
                WHERE p.customer_id = ? ORDER BY p.at DESC LIMIT ?
                """, arguments: [customer.id, Self.historyLimit]).map { row in
                Touchpoint(customerExternalId: customer.externalId, orderExternalId: row["order_external_id"],
                           kind: TouchpointKind(rawValue: row["kind"]) ?? .checkIn, channel: Channel(rawValue: row["channel"]) ?? .web,
                           at: TicketRow.date(row["at"])!, note: row["note"])
            }
            var detail = TicketDetail(summary: summary, messages: messages, customer: customer,
                                      customerTier: loyalty.tier(of: customer), order: order, recentOrders: orders,
                                      otherTickets: others, touchpoints: touchpoints)
            if let last = try Row.fetchOne(db, sql: "SELECT agent, at FROM audit WHERE ticket_id = ? ORDER BY id DESC LIMIT 1", arguments: [id]) {
                detail.lastChange = (last[0], TicketRow.date(last[1])!)
            }
            return detail
        }
    }

    static func message(_ row: Row) -> Message {
        typealias C = MessageColumn
        return Message(id: row[C.id], ticketId: row[C.ticketId], kind: MessageKind(rawValue: row[C.kind]) ?? .note, author: row[C.author],
                       channel: Channel(rawValue: row[C.channel]) ?? .web, createdAt: TicketRow.date(row[C.createdAt])!, body: row[C.body])
    }

    static func customer(_ row: Row) throws -> Customer {
        typealias C = CustomerColumn
        let externalId: String = row[C.externalId]
        return Customer(id: row[C.id], externalId: externalId, name: row[C.name], language: Language(rawValue: row[C.language]) ?? .zh,
                        contacts: try JSONColumns.contacts(from: row[C.contacts], customer: externalId), optedOut: row[C.optedOut],
                        notes: row[C.notes], createdAt: TicketRow.date(row[C.createdAt])!, orderCount: Int(row[C.orderCount, within: SaneBounds.count]),
                        lifetimeSpend: Money(minorUnits: row[C.lifetimeSpend, within: SaneBounds.money]))
    }

    /// Orders of one customer, each with its returns.
    static func orders(_ db: Database, sql: String, arguments: StatementArguments, customer: String) throws -> [Order] {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        var orders = try rows.map { try order($0, customer: customer) }
        guard !orders.isEmpty else { return orders }
        let ids = orders.map(\.id)
        let returns = try Row.fetchAll(db, sql: """
            SELECT \(ReturnColumn.selectList) FROM order_return WHERE order_id IN (\(ids.map { _ in "?" }.joined(separator: ","))) ORDER BY id
            """, arguments: StatementArguments(ids))
        for row in returns {
            let orderId: Int64 = row[ReturnColumn.orderId]
            guard let index = orders.firstIndex(where: { $0.id == orderId }) else { continue }
            orders[index].returns.append(returnRequest(row, orderCurrency: orders[index].amount.currency))
        }
        return orders
    }

    /// An order without its returns (they come from `order_return`).
    static func order(_ row: Row, customer: String) throws -> Order {
        typealias C = OrderColumn
        let externalId: String = row[C.externalId]
        let currency: String = row[C.currency]
        return Order(id: row[C.id], externalId: externalId, customerExternalId: customer, number: row[C.number],
                     placedAt: TicketRow.date(row[C.placedAt])!,
                     items: try JSONColumns.items(from: row[C.items], orderCurrency: currency, order: externalId),
                     amount: Money(minorUnits: row[C.amount, within: SaneBounds.money], currency: currency),
                     shipments: try JSONColumns.shipments(from: row[C.shipments], order: externalId), returns: [])
    }

    static func returnRequest(_ row: Row, orderCurrency: String) -> ReturnRequest {
        typealias C = ReturnColumn
        let amount: Int64? = (row[C.refundAmount] as DatabaseValue).isNull ? nil : row[C.refundAmount, within: SaneBounds.money]
        let currency: String? = row[C.refundCurrency]
        return ReturnRequest(rmaNumber: row[C.rma], kind: ReturnKind(rawValue: row[C.kind]) ?? .refund, reason: row[C.reason],
                             state: ReturnState(rawValue: row[C.state]) ?? .requested,
                             refundAmount: amount.map { Money(minorUnits: $0, currency: currency ?? orderCurrency) },
                             requestedAt: TicketRow.date(row[C.requestedAt])!)
    }
}
