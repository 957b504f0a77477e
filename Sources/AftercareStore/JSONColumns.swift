import AftercareCore
import Foundation

/// Nested order data (items, shipments, returns) and contacts live in JSON columns: they are read
/// with their parent and never queried on their own. Writing goes through a small hand-rolled
/// encoder because seeding writes hundreds of thousands of orders and `JSONEncoder` costs tens of
/// microseconds a call; reading (a few rows per screen) uses `JSONDecoder` with the same keys.
enum JSONColumns {
    static func contacts(_ contacts: [Contact]) -> String {
        array(contacts) { c, out in
            out += "{\"channel\":"; string(c.channel.rawValue, &out)
            out += ",\"handle\":"; string(c.handle, &out); out += "}"
        }
    }

    static func items(_ items: [OrderItem]) -> String {
        array(items) { item, out in
            out += "{\"sku\":"; string(item.sku, &out)
            out += ",\"name\":"; string(item.name, &out)
            out += ",\"quantity\":\(item.quantity),\"unitPrice\":"; money(item.unitPrice, &out); out += "}"
        }
    }

    static func shipments(_ shipments: [Shipment]) -> String {
        array(shipments) { s, out in
            out += "{\"carrier\":"; string(s.carrier, &out)
            out += ",\"trackingNumber\":"; string(s.trackingNumber, &out)
            out += ",\"milestones\":"
            out += array(s.milestones) { m, out in
                out += "{\"kind\":"; string(m.kind.rawValue, &out)
                out += ",\"at\":\(Int64(m.at.timeIntervalSince1970.rounded(.down))),\"location\":"
                string(m.location, &out); out += "}"
            }
            out += "}"
        }
    }

    static func returns(_ returns: [ReturnRequest]) -> String {
        array(returns) { r, out in
            out += "{\"rmaNumber\":"; string(r.rmaNumber, &out)
            out += ",\"kind\":"; string(r.kind.rawValue, &out)
            out += ",\"reason\":"; string(r.reason, &out)
            out += ",\"state\":"; string(r.state.rawValue, &out)
            if let refund = r.refundAmount { out += ",\"refundAmount\":"; money(refund, &out) }
            out += ",\"requestedAt\":\(Int64(r.requestedAt.timeIntervalSince1970.rounded(.down)))}"
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) -> T? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(type, from: Data(text.utf8))
    }

    private static func array<T>(_ values: [T], _ element: (T, inout String) -> Void) -> String {
        var out = "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            element(value, &out)
        }
        out += "]"
        return out
    }

    private static func money(_ m: Money, _ out: inout String) {
        out += "{\"minorUnits\":\(m.minorUnits),\"currency\":"; string(m.currency, &out); out += "}"
    }

    static func string(_ s: String, _ out: inout String) {
        out += "\""
        // Most values need no escaping: append them whole instead of scalar by scalar.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
