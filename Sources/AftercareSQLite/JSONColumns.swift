import AftercareCore
import AftercareInterchange
import AftercareStore
import Foundation

/// Contacts, order items and shipments live in JSON columns: they are read with their parent and
/// never queried on their own. They are kept in the interchange format's form, written and read
/// by its one codec (`InterchangeParts`), so what is written is what is read back; a column that
/// does not read is an error, never an empty list.
enum JSONColumns {
    static func contacts(_ contacts: [Contact]) -> String { InterchangeParts.json(contacts) }

    static func items(_ items: [OrderItem], orderCurrency: String) -> String { InterchangeParts.json(items, orderCurrency: orderCurrency) }

    static func shipments(_ shipments: [Shipment]) -> String { InterchangeParts.json(shipments) }

    static func contacts(from text: String, customer: String) throws -> [Contact] {
        try reading("customer \(customer)") { () throws(InterchangeParts.PartError) in try InterchangeParts.contacts(fromJSON: text) }
    }

    static func items(from text: String, orderCurrency: String, order: String) throws -> [OrderItem] {
        try reading("order \(order)") { () throws(InterchangeParts.PartError) in
            try InterchangeParts.items(fromJSON: text, orderCurrency: orderCurrency)
        }
    }

    static func shipments(from text: String, order: String) throws -> [Shipment] {
        try reading("order \(order)") { () throws(InterchangeParts.PartError) in try InterchangeParts.shipments(fromJSON: text) }
    }

    private static func reading<Part>(_ record: String, _ body: () throws(InterchangeParts.PartError) -> [Part]) throws -> [Part] {
        do throws(InterchangeParts.PartError) {
            return try body()
        } catch {
            throw StoreError.unreadableRecord(record: record, reason: error.description)
        }
    }
}
