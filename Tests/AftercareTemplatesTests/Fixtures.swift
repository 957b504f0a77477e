import AftercareCore
import AftercareTemplates
import Foundation

/// One ticket with everything filled: customer, order with two items, a delivered shipment, a return.
enum Fixture {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    /// 2026-11-22 09:30 in Shanghai (01:30 UTC).
    static let now = utc(2026, 11, 22, 1, 30)

    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min))!
    }

    static func customer(name: String = "Sarah Miller", language: Language = .en, orders: Int = 4) -> Customer {
        Customer(externalId: "C-7", name: name, language: language, createdAt: utc(2025, 1, 1), orderCount: orders,
                 lifetimeSpend: Money(minorUnits: 620_00))
    }

    static let shipment = Shipment(carrier: "SF Express", trackingNumber: "SF1234567890", milestones: [
        Milestone(kind: .labelCreated, at: utc(2026, 11, 2, 16, 30)),  // 3 Nov in Shanghai
        Milestone(kind: .inTransit, at: utc(2026, 11, 4)),
        Milestone(kind: .outForDelivery, at: utc(2026, 11, 5, 23)),
    ])

    static func order(shipments: [Shipment] = [shipment], returns: [ReturnRequest]? = nil) -> Order {
        Order(externalId: "O-42", customerExternalId: "C-7", number: "SO20261101-0042", placedAt: utc(2026, 10, 31, 18),
              items: [OrderItem(sku: "MUG-1", name: "Stoneware mug", quantity: 1, unitPrice: Money(minorUnits: 88_00)),
                      OrderItem(sku: "TWL-2", name: "Tea towel", quantity: 2, unitPrice: Money(minorUnits: 20_00))],
              amount: Money(minorUnits: 128_00), shipments: shipments,
              returns: returns ?? [ReturnRequest(rmaNumber: "RMA-2026-0042", reason: "cracked", state: .approved,
                                                 refundAmount: Money(minorUnits: 88_00), requestedAt: utc(2026, 11, 10))])
    }

    static func ticket(category: TicketCategory = .damaged, language: Language = .en, id: Int64 = 1042) -> Ticket {
        Ticket(id: id, externalId: "T-1042", customerExternalId: "C-7", orderExternalId: "O-42", channel: .email,
               language: language, subject: "Mug arrived cracked", category: category, createdAt: utc(2026, 11, 20))
    }

    static let agent = Agent(login: "lin", displayName: "Lin")

    /// Values for every declared extra.
    static let allExtras: [String: String] = [
        "coupon.code": "SORRY15", "coupon.discount": "15%", "coupon.expiry": "2026-12-31",
        "new_date": "2026-11-25", "refund.days": "3–5", "review.link": "https://shop.example/review/42",
        "guide.link": "https://shop.example/guide/mug", "return.address": "Returns, 88 Lane 5, Hangzhou",
        "resolution": "a replacement ships today by express",
    ]

    static func context(
        language: Language = .en, customer: Customer? = nil, order: Order? = Fixture.order(), extras: [String: String] = [:]
    ) -> PlaceholderContext {
        PlaceholderContext(
            ticket: ticket(language: language), customer: customer ?? self.customer(language: language),
            order: order, agent: agent, shopName: "Hearth & Home", now: now, timeZone: shanghai,
            language: language, extras: extras, shopSignature: "— Hearth & Home, 9–21 daily")
    }
}
