import AftercareCore
import Foundation

/// The nested arrays of customers and orders (contacts, items, shipments, returns), read and
/// written in one place. Interchange lines embed them, and the SQLite store keeps contacts, items
/// and shipments as JSON columns in this same form, so one codec serves both: a field renamed in
/// Swift cannot silently empty stored orders, and a column that does not read back is an error.
public enum InterchangeParts {
    /// What is wrong with a stored part (`items[1].quantity`: …).
    public struct PartError: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    // MARK: Writing

    public static func json(_ contacts: [Contact]) -> String { text(capacity: 64 * max(1, contacts.count)) { write(contacts, &$0) } }

    public static func json(_ items: [OrderItem], orderCurrency: String) -> String {
        text(capacity: 128 * max(1, items.count)) { write(items, orderCurrency: orderCurrency, &$0) }
    }

    public static func json(_ shipments: [Shipment]) -> String { text(capacity: 384 * max(1, shipments.count)) { write(shipments, &$0) } }

    static func write(_ contacts: [Contact], _ w: inout JSONLineWriter) {
        w.beginArray()
        for contact in contacts {
            w.element()
            w.beginObject()
            w.string("channel", contact.channel.rawValue)
            w.string("handle", contact.handle)
            w.endObject()
        }
        w.endArray()
    }

    /// An item's currency is written only when it differs from the order's.
    static func write(_ items: [OrderItem], orderCurrency: String, _ w: inout JSONLineWriter) {
        w.beginArray()
        for item in items {
            w.element()
            w.beginObject()
            if item.unitPrice.currency != orderCurrency { w.string("currency", item.unitPrice.currency) }
            w.string("name", item.name)
            w.int("quantity", Int64(item.quantity))
            w.string("sku", item.sku)
            w.int("unit_price", item.unitPrice.minorUnits)
            w.endObject()
        }
        w.endArray()
    }

    static func write(_ shipments: [Shipment], _ w: inout JSONLineWriter) {
        w.beginArray()
        for s in shipments {
            w.element()
            w.beginObject()
            w.string("carrier", s.carrier)
            if !s.milestones.isEmpty {
                w.key("milestones")
                w.beginArray()
                for m in s.milestones {
                    w.element()
                    w.beginObject()
                    w.date("at", m.at)
                    w.string("kind", m.kind.rawValue)
                    if !m.location.isEmpty { w.string("location", m.location) }
                    w.endObject()
                }
                w.endArray()
            }
            w.string("tracking_number", s.trackingNumber)
            w.endObject()
        }
        w.endArray()
    }

    static func write(_ returns: [ReturnRequest], orderCurrency: String, _ w: inout JSONLineWriter) {
        w.beginArray()
        for r in returns {
            w.element()
            w.beginObject()
            if let refund = r.refundAmount, refund.currency != orderCurrency { w.string("currency", refund.currency) }
            w.string("kind", r.kind.rawValue)
            if !r.reason.isEmpty { w.string("reason", r.reason) }
            if let refund = r.refundAmount { w.int("refund_amount", refund.minorUnits) }
            w.date("requested_at", r.requestedAt)
            w.string("rma", r.rmaNumber)
            w.string("state", r.state.rawValue)
            w.endObject()
        }
        w.endArray()
    }

    private static func text(capacity: Int, _ body: (inout JSONLineWriter) -> Void) -> String {
        var w = JSONLineWriter(capacity: capacity)
        body(&w)
        return w.string
    }

    // MARK: Reading stored parts

    public static func contacts(fromJSON text: String) throws(PartError) -> [Contact] {
        try read(text, "contacts") { list, f throws(Issue) in try readContacts(list, in: &f) }
    }

    public static func items(fromJSON text: String, orderCurrency: String) throws(PartError) -> [OrderItem] {
        try read(text, "items") { list, f throws(Issue) in try readItems(list, orderCurrency: orderCurrency, in: &f) }
    }

    public static func shipments(fromJSON text: String) throws(PartError) -> [Shipment] {
        try read(text, "shipments") { list, f throws(Issue) in try readShipments(list, in: &f) }
    }

    private static func read<Part>(
        _ text: String, _ key: String, _ body: ([JSONValue], inout Fields) throws(Issue) -> [Part]
    ) throws(PartError) -> [Part] {
        var text = text
        let parsed: Result<JSONValue, JSONSyntaxError> = text.withUTF8 { bytes in
            do throws(JSONSyntaxError) { return .success(try JSONByteParser.parse(bytes)) } catch { return .failure(error) }
        }
        switch parsed {
        case let .failure(error):
            throw PartError(description: "`\(key)`: invalid JSON: \(error.message)")
        case let .success(.array(list)):
            var fields = Fields(JSONObject(keys: [key], values: [.array(list)]))
            do throws(Issue) { return try body(list, &fields) } catch { throw PartError(description: error.reason) }
        case let .success(other):
            throw PartError(description: "`\(key)`: expected an array, found \(other.snippet)")
        }
    }

    // MARK: Reading (shared with the line reader, which names the line)

    static func readContacts(_ list: [JSONValue], in f: inout Fields) throws(Issue) -> [Contact] {
        var contacts: [Contact] = []
        contacts.reserveCapacity(list.count)
        for (i, item) in list.enumerated() {
            var c = try f.nested(item, "contacts", i)
            contacts.append(Contact(channel: try c.requiredEnum("channel"), handle: try c.requiredString("handle")))
            try c.finish()
        }
        return contacts
    }

    static func readItems(_ list: [JSONValue], orderCurrency: String, in f: inout Fields) throws(Issue) -> [OrderItem] {
        var items: [OrderItem] = []
        items.reserveCapacity(list.count)
        for (i, value) in list.enumerated() {
            var it = try f.nested(value, "items", i)
            let sku = try it.requiredString("sku")
            let name = try it.requiredString("name")
            let quantity = try it.requiredInt("quantity", in: SaneBounds.quantity)
            let price = try it.requiredInt("unit_price", in: SaneBounds.money)
            let itemCurrency = try it.optionalCurrency("currency") ?? orderCurrency
            try it.finish()
            items.append(OrderItem(sku: sku, name: name, quantity: Int(quantity), unitPrice: Money(minorUnits: price, currency: itemCurrency)))
        }
        return items
    }

    static func readShipments(_ list: [JSONValue], in f: inout Fields) throws(Issue) -> [Shipment] {
        var shipments: [Shipment] = []
        shipments.reserveCapacity(list.count)
        for (i, value) in list.enumerated() {
            var s = try f.nested(value, "shipments", i)
            let carrier = try s.requiredString("carrier")
            let tracking = try s.requiredString("tracking_number")
            var milestones: [Milestone] = []
            if let ms = try s.optionalArray("milestones") {
                milestones.reserveCapacity(ms.count)
                for (j, mv) in ms.enumerated() {
                    var m = try s.nested(mv, "milestones", j)
                    let kind: MilestoneKind = try m.requiredEnum("kind")
                    let at = try m.requiredDate("at")
                    let location = try m.optionalString("location", allowEmpty: true) ?? ""
                    try m.finish()
                    milestones.append(Milestone(kind: kind, at: at, location: location))
                }
            }
            try s.finish()
            shipments.append(Shipment(carrier: carrier, trackingNumber: tracking, milestones: milestones))
        }
        return shipments
    }

    static func readReturns(_ list: [JSONValue], orderCurrency: String, in f: inout Fields) throws(Issue) -> [ReturnRequest] {
        var returns: [ReturnRequest] = []
        returns.reserveCapacity(list.count)
        for (i, value) in list.enumerated() {
            var r = try f.nested(value, "returns", i)
            let rma = try r.requiredString("rma")
            let kind: ReturnKind = try r.optionalEnum("kind") ?? .refund
            let reason = try r.optionalString("reason", allowEmpty: true) ?? ""
            let state: ReturnState = try r.requiredEnum("state")
            let refund = try r.optionalInt("refund_amount", in: SaneBounds.money)
            let refundCurrency = try r.optionalCurrency("currency") ?? orderCurrency
            let requestedAt = try r.requiredDate("requested_at")
            try r.finish()
            returns.append(ReturnRequest(
                rmaNumber: rma, kind: kind, reason: reason, state: state,
                refundAmount: refund.map { Money(minorUnits: $0, currency: refundCurrency) }, requestedAt: requestedAt
            ))
        }
        return returns
    }
}
