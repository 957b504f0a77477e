import AftercareCore
import Foundation

/// Nested order data (items, shipments, returns) and contacts live in JSON columns: they are read
/// with their parent and never queried on their own. Writing goes through a small hand-rolled
/// encoder over a byte buffer because seeding writes millions of orders and `JSONEncoder` costs
/// tens of microseconds a call; reading (a few rows per screen) uses `JSONDecoder` with the same keys.
enum JSONColumns {
    static func contacts(_ contacts: [Contact]) -> String {
        JSONWriter.array(contacts) { c, out in
            out.raw("{\"channel\":"); out.string(c.channel.rawValue)
            out.raw(",\"handle\":"); out.string(c.handle); out.raw("}")
        }
    }

    static func items(_ items: [OrderItem]) -> String {
        JSONWriter.array(items) { item, out in
            out.raw("{\"sku\":"); out.string(item.sku)
            out.raw(",\"name\":"); out.string(item.name)
            out.raw(",\"quantity\":"); out.integer(Int64(item.quantity))
            out.raw(",\"unitPrice\":"); money(item.unitPrice, &out); out.raw("}")
        }
    }

    static func shipments(_ shipments: [Shipment]) -> String {
        JSONWriter.array(shipments) { s, out in
            out.raw("{\"carrier\":"); out.string(s.carrier)
            out.raw(",\"trackingNumber\":"); out.string(s.trackingNumber)
            out.raw(",\"milestones\":")
            out.elements(s.milestones) { m, out in
                out.raw("{\"kind\":"); out.string(m.kind.rawValue)
                out.raw(",\"at\":"); out.seconds(m.at)
                out.raw(",\"location\":"); out.string(m.location); out.raw("}")
            }
            out.raw("}")
        }
    }

    static func returns(_ returns: [ReturnRequest]) -> String {
        JSONWriter.array(returns) { r, out in
            out.raw("{\"rmaNumber\":"); out.string(r.rmaNumber)
            out.raw(",\"kind\":"); out.string(r.kind.rawValue)
            out.raw(",\"reason\":"); out.string(r.reason)
            out.raw(",\"state\":"); out.string(r.state.rawValue)
            if let refund = r.refundAmount { out.raw(",\"refundAmount\":"); money(refund, &out) }
            out.raw(",\"requestedAt\":"); out.seconds(r.requestedAt); out.raw("}")
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) -> T? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(type, from: Data(text.utf8))
    }

    private static func money(_ m: Money, _ out: inout JSONWriter) {
        out.raw("{\"minorUnits\":"); out.integer(m.minorUnits)
        out.raw(",\"currency\":"); out.string(m.currency); out.raw("}")
    }
}

/// JSON text appended to a byte buffer.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    /// A JSON array of `values`, as a string.
    static func array<T>(_ values: [T], _ element: (T, inout JSONWriter) -> Void) -> String {
        var out = JSONWriter()
        out.bytes.reserveCapacity(128 * max(1, values.count))
        out.elements(values, element)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    mutating func elements<T>(_ values: [T], _ element: (T, inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element(value, &self)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// JSON punctuation and keys, written as they are.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[start...])
        }
    }

    /// A date as whole Unix seconds (how `JSONDecoder` reads it back with `.secondsSince1970`).
    mutating func seconds(_ date: Date) {
        integer(Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as UTF-8.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var clean = 0  // start of the run not yet copied
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
                escape(byte)
                clean = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}
