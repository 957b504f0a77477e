import AftercareCore
import AftercareStore
import Foundation
import AftercareInterchange

/// Nested order data (items, shipments, returns) and contacts live in JSON columns: they are read
/// with their parent and never queried on their own. Writing goes through the interchange's
/// byte-buffer writer (`JSONLineWriter`), dates as Unix seconds; reading (a few rows per screen)
/// uses `JSONDecoder` with the same keys.
enum JSONColumns {
    static func contacts(_ contacts: [Contact]) -> String {
        array(contacts) { c, w in
            w.beginObject()
            w.string("channel", c.channel.rawValue)
            w.string("handle", c.handle)
            w.endObject()
        }
    }

    static func items(_ items: [OrderItem]) -> String {
        array(items) { item, w in
            w.beginObject()
            w.string("sku", item.sku)
            w.string("name", item.name)
            w.int("quantity", Int64(item.quantity))
            w.key("unitPrice")
            money(item.unitPrice, &w)
            w.endObject()
        }
    }

    static func shipments(_ shipments: [Shipment]) -> String {
        array(shipments) { s, w in
            w.beginObject()
            w.string("carrier", s.carrier)
            w.string("trackingNumber", s.trackingNumber)
            w.key("milestones")
            w.beginArray()
            for m in s.milestones {
                w.element()
                w.beginObject()
                w.string("kind", m.kind.rawValue)
                w.int("at", TicketRow.seconds(m.at)!)
                w.string("location", m.location)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
    }

    static func returns(_ returns: [ReturnRequest]) -> String {
        array(returns) { r, w in
            w.beginObject()
            w.string("rmaNumber", r.rmaNumber)
            w.string("kind", r.kind.rawValue)
            w.string("reason", r.reason)
            w.string("state", r.state.rawValue)
            if let refund = r.refundAmount {
                w.key("refundAmount")
                money(refund, &w)
            }
            w.int("requestedAt", TicketRow.seconds(r.requestedAt)!)
            w.endObject()
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) -> T? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(type, from: Data(text.utf8))
    }

    private static func array<T>(_ values: [T], _ element: (T, inout JSONLineWriter) -> Void) -> String {
        var w = JSONLineWriter(capacity: 128 * max(1, values.count))
        w.beginArray()
        for value in values {
            w.element()
            element(value, &w)
        }
        w.endArray()
        return w.string
    }

    private static func money(_ m: Money, _ w: inout JSONLineWriter) {
        w.beginObject()
        w.int("minorUnits", m.minorUnits)
        w.string("currency", m.currency)
        w.endObject()
    }
}
