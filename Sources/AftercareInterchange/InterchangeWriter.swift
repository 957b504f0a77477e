import AftercareCore
import Foundation

/// Writes records as interchange lines: canonical and deterministic (keys in byte order, no
/// insignificant whitespace, dates as `2026-11-22T09:30:00Z`, money as integer minor units, optional
/// fields omitted when empty), so export → import → export is byte-identical and
/// `InterchangeReader` gives back exactly the record written.
///
/// Not written (store-local): row ids of customers, orders and messages, `Ticket.version`, and
/// `Message.ticketId`. Dates are whole seconds (any fraction is dropped).
public enum InterchangeWriter {
    public static func line(for customer: Customer) -> String {
        var w = JSONLineWriter(capacity: 256)
        w.beginObject()
        if !customer.contacts.isEmpty {
            w.key("contacts")
            InterchangeParts.write(customer.contacts, &w)
        }
        w.date("created_at", customer.createdAt)
        w.string("currency", customer.lifetimeSpend.currency)
        w.string("external_id", customer.externalId)
        w.string("language", customer.language.rawValue)
        w.int("lifetime_spend", customer.lifetimeSpend.minorUnits)
        w.string("name", customer.name)
        if !customer.notes.isEmpty { w.string("notes", customer.notes) }
        if customer.optedOut { w.bool("opted_out", true) }
        w.int("order_count", Int64(customer.orderCount))
        w.string("type", "customer")
        w.endObject()
        return w.string
    }

    public static func line(for order: Order) -> String {
        var w = JSONLineWriter(capacity: 768)
        let currency = order.amount.currency
        w.beginObject()
        w.int("amount", order.amount.minorUnits)
        w.string("currency", currency)
        w.string("customer", order.customerExternalId)
        w.string("external_id", order.externalId)
        w.key("items")
        InterchangeParts.write(order.items, orderCurrency: currency, &w)
        w.string("number", order.number)
        w.date("placed_at", order.placedAt)
        if !order.returns.isEmpty {
            w.key("returns")
            InterchangeParts.write(order.returns, orderCurrency: currency, &w)
        }
        if !order.shipments.isEmpty {
            w.key("shipments")
            InterchangeParts.write(order.shipments, &w)
        }
        w.string("type", "order")
        w.endObject()
        return w.string
    }

    /// `mergedIntoExternalId`: the survivor's external id when `ticket.mergedInto` is set (the
    /// format refers to tickets by external id). When it is nil, `merged_into` is not written.
    public static func line(for thread: TicketWithThread, mergedIntoExternalId: String? = nil) -> String {
        let t = thread.ticket
        var w = JSONLineWriter(capacity: 512 + thread.messages.count * 256)
        w.beginObject()
        if let assignee = t.assignee { w.string("assignee", assignee) }
        w.string("category", t.category.rawValue)
        if t.categoryIsManual { w.bool("category_manual", true) }
        w.string("channel", t.channel.rawValue)
        w.date("created_at", t.createdAt)
        if let csat = t.csat { w.int("csat", Int64(csat)) }
        w.string("customer", t.customerExternalId)
        if let department = t.department { w.string("department", department) }
        w.string("external_id", t.externalId)
        if let first = t.firstRespondedAt { w.date("first_responded_at", first) }
        if t.id != 0 { w.int("id", t.id) }
        w.string("language", t.language.rawValue)
        if t.mergedInto != nil, let survivor = mergedIntoExternalId { w.string("merged_into", survivor) }
        w.key("messages")
        w.beginArray()
        for m in thread.messages {
            w.element()
            w.beginObject()
            w.date("at", m.createdAt)
            w.string("author", m.author)
            w.string("body", m.body)
            w.string("channel", m.channel.rawValue)
            w.string("kind", m.kind.rawValue)
            w.endObject()
        }
        w.endArray()
        if let nps = t.nps { w.int("nps", Int64(nps)) }
        if let order = t.orderExternalId { w.string("order", order) }
        w.string("priority", t.priority.rawValue)
        if t.priorityIsManual { w.bool("priority_manual", true) }
        if let since = t.resolutionClock.runningSince { w.date("resolution_running_since", since) }
        w.int("resolution_used_seconds", t.resolutionClock.usedSeconds)
        if let solved = t.solvedAt { w.date("solved_at", solved) }
        w.string("status", t.status.rawValue)
        w.string("subject", t.subject)
        if !t.tags.isEmpty {
            w.key("tags")
            w.beginArray()
            for tag in t.tags {
                w.element()
                w.stringValue(tag)
            }
            w.endArray()
        }
        w.string("type", "ticket")
        w.date("updated_at", t.updatedAt)
        w.endObject()
        return w.string
    }

    public static func line(for touchpoint: Touchpoint) -> String {
        var w = JSONLineWriter(capacity: 192)
        w.beginObject()
        w.date("at", touchpoint.at)
        w.string("channel", touchpoint.channel.rawValue)
        w.string("customer", touchpoint.customerExternalId)
        w.string("kind", touchpoint.kind.rawValue)
        if !touchpoint.note.isEmpty { w.string("note", touchpoint.note) }
        if let order = touchpoint.orderExternalId { w.string("order", order) }
        w.string("type", "touchpoint")
        w.endObject()
        return w.string
    }

    /// Every record of a batch as lines: customers, orders, tickets, touchpoints, each in batch
    /// order. `merged_into` is resolved against the batch's own tickets, then `survivorExternalId`
    /// (e.g. the store's lookup by ticket number).
    public static func lines(
        for batch: InterchangeBatch, survivorExternalId: (Int64) -> String? = { _ in nil }
    ) -> [String] {
        var out: [String] = []
        out.reserveCapacity(batch.customers.count + batch.orders.count + batch.tickets.count + batch.touchpoints.count)
        forEachLine(of: batch, survivorExternalId: survivorExternalId) { out.append($0) }
        return out
    }

    /// Like `lines(for:)` without building the array: calls `body` with each line in order.
    public static func forEachLine(
        of batch: InterchangeBatch, survivorExternalId: (Int64) -> String? = { _ in nil }, _ body: (String) -> Void
    ) {
        for c in batch.customers { body(line(for: c)) }
        for o in batch.orders { body(line(for: o)) }
        var byNumber: [Int64: String] = [:]
        if batch.tickets.contains(where: { $0.ticket.mergedInto != nil }) {
            for t in batch.tickets where t.ticket.id != 0 { byNumber[t.ticket.id] = t.ticket.externalId }
        }
        for t in batch.tickets {
            let survivor = t.ticket.mergedInto.flatMap { byNumber[$0] ?? survivorExternalId($0) }
            body(line(for: t, mergedIntoExternalId: survivor))
        }
        for p in batch.touchpoints { body(line(for: p)) }
    }
}
