import AftercareCore
import Foundation
import StoreTestSupport
import Testing

@testable import AftercareSQLite
import AftercareStore

/// The JSON columns are written and read by the interchange's one codec: what goes in comes back
/// exactly, whatever a customer or an import file put in the text, and a column that does not
/// read is an error naming the record, never an empty list.
@Suite struct JSONColumnsTests {
    static let awkward = [
        "plain", "王小雨 的\"快递\"", "back\\slash", "line\nbreak\r\ttab", "\u{01}\u{1F}bell\u{07}",
        "emoji 📦🙂 and é", "\"", "\\", "ends with quote\"",
    ]

    @Test(arguments: awkward) func contactsRoundTrip(_ text: String) throws {
        let contacts = [Contact(channel: .wechat, handle: text), Contact(channel: .email, handle: "a@b.c")]
        let json = JSONColumns.contacts(contacts)
        #expect(try JSONColumns.contacts(from: json, customer: "C-1") == contacts, "\(json)")
    }

    @Test func ordersRoundTripWithForeignCurrenciesAndLargeNumbers() throws {
        let at = Date(timeIntervalSince1970: 1_795_000_123)
        let items = [
            OrderItem(sku: "SKU-1", name: "保温杯 \"Thermos\"", quantity: 12, unitPrice: Money(minorUnits: 4900)),
            OrderItem(sku: "SKU-2", name: "adjust\nment", quantity: 1, unitPrice: Money(minorUnits: 1250, currency: "USD")),
            OrderItem(sku: "SKU-3", name: "big", quantity: 1_000_000, unitPrice: Money(minorUnits: SaneBounds.money.upperBound)),
        ]
        let shipments = [Shipment(carrier: "顺丰 SF Express", trackingNumber: "SF\\1001", milestones: [
            Milestone(kind: .inTransit, at: at, location: "深圳\t仓"),
            Milestone(kind: .failedDelivery, at: at.addingTimeInterval(86_400), location: ""),
        ])]
        #expect(try JSONColumns.items(from: JSONColumns.items(items, orderCurrency: "CNY"), orderCurrency: "CNY", order: "O-1") == items)
        #expect(try JSONColumns.shipments(from: JSONColumns.shipments(shipments), order: "O-1") == shipments)
        #expect(JSONColumns.items([], orderCurrency: "CNY") == "[]")
        #expect(JSONColumns.shipments([Shipment(carrier: "EMS", trackingNumber: "E1", milestones: [])])
                == #"[{"carrier":"EMS","tracking_number":"E1"}]"#)
    }

    @Test func aColumnThatDoesNotReadIsAnErrorNotAnEmptyList() {
        for bad in [#"[{"sku":"S","name":"n","qty":1,"unit_price":1}]"#, "[{", #"{"sku":"S"}"#, #"[{"sku":"S","name":"n","quantity":0,"unit_price":1}]"#,
                    #"[{"sku":"S","name":"n","quantity":1,"unit_price":9223372036854775807}]"#] {
            #expect(throws: StoreError.self, "\(bad)") { try JSONColumns.items(from: bad, orderCurrency: "CNY", order: "SO-7") }
        }
        do {
            _ = try JSONColumns.items(from: #"[{"sku":"S","name":"n","qty":1,"unit_price":1}]"#, orderCurrency: "CNY", order: "SO-7")
        } catch {
            #expect("\(error)".contains("order SO-7"))
            #expect("\(error)".contains("items[0].quantity"))
        }
    }

    @Test func controlCharactersUseLowercaseUnicodeEscapes() {
        #expect(JSONColumns.contacts([Contact(channel: .phone, handle: "\u{1B}[31m")])
                == #"[{"channel":"phone","handle":"\u001b[31m"}]"#)
    }
}
