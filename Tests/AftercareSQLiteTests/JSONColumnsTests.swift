import AftercareCore
import Foundation
import Testing

@testable import AftercareSQLite
import AftercareStore

/// The hand-rolled JSON writer must produce what `JSONDecoder` reads back exactly, whatever a
/// customer or an import file put in the text.
@Suite struct JSONColumnsTests {
    static let awkward = [
        "", "plain", "王小雨 的\"快递\"", "back\\slash", "line\nbreak\r\ttab", "\u{01}\u{1F}bell\u{07}",
        "emoji 📦🙂 and é", "\"", "\\", "ends with quote\"",
    ]

    @Test(arguments: awkward) func contactsRoundTrip(_ text: String) throws {
        let contacts = [Contact(channel: .wechat, handle: text), Contact(channel: .email, handle: "a@b.c")]
        let json = JSONColumns.contacts(contacts)
        #expect(JSONColumns.decode([Contact].self, from: json) == contacts, "\(json)")
    }

    @Test func ordersRoundTripWithNegativeAndLargeNumbers() throws {
        let at = Date(timeIntervalSince1970: 1_795_000_123)
        let items = [
            OrderItem(sku: "SKU-1", name: "保温杯 \"Thermos\"", quantity: 12, unitPrice: Money(minorUnits: 4900)),
            OrderItem(sku: "SKU-2", name: "adjust\nment", quantity: 1, unitPrice: Money(minorUnits: -1250, currency: "USD")),
            OrderItem(sku: "SKU-3", name: "big", quantity: 0, unitPrice: Money(minorUnits: Int64.max)),
        ]
        let shipments = [Shipment(carrier: "顺丰 SF Express", trackingNumber: "SF\\1001", milestones: [
            Milestone(kind: .inTransit, at: at, location: "深圳\t仓"),
            Milestone(kind: .failedDelivery, at: at.addingTimeInterval(86_400), location: ""),
        ])]
        let returns = [
            ReturnRequest(rmaNumber: "RMA-1", reason: "盖子\"裂开\"", state: .refunded, refundAmount: Money(minorUnits: 19900), requestedAt: at),
            ReturnRequest(rmaNumber: "RMA-2", kind: .exchange, reason: "size", state: .requested, requestedAt: at),
        ]
        #expect(JSONColumns.decode([OrderItem].self, from: JSONColumns.items(items)) == items)
        #expect(JSONColumns.decode([Shipment].self, from: JSONColumns.shipments(shipments)) == shipments)
        #expect(JSONColumns.decode([ReturnRequest].self, from: JSONColumns.returns(returns)) == returns)
        #expect(JSONColumns.items([]) == "[]")
        #expect(JSONColumns.shipments([Shipment(carrier: "EMS", trackingNumber: "E1", milestones: [])])
                == #"[{"carrier":"EMS","trackingNumber":"E1","milestones":[]}]"#)
    }

    @Test func controlCharactersUseLowercaseUnicodeEscapes() {
        #expect(JSONColumns.contacts([Contact(channel: .phone, handle: "\u{1B}[31m")])
                == #"[{"channel":"phone","handle":"\u001b[31m"}]"#)
    }
}
