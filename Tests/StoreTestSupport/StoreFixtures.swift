import AftercareCore
import AftercareInterchange
import Foundation

/// A small hand-made desk: every test knows exactly what is in it.
public enum StoreFixtures {
    public static let now = Date(timeIntervalSince1970: 1_795_000_000)  // a fixed Sunday-ish instant in Nov 2026
    public static let lina = Agent(login: "lina")
    public static let wei = Agent(login: "wei")

    public static func customer(_ n: Int, name: String, language: Language = .zh) -> Customer {
        Customer(externalId: "C-\(n)", name: name, language: language,
                 contacts: [Contact(channel: .wechat, handle: "wx_\(n)")], createdAt: now.addingTimeInterval(-90 * 86400))
    }

    public static func order(_ n: Int, customer: Int, amountYuan: Int64 = 199) -> Order {
        Order(externalId: "SO-\(n)", customerExternalId: "C-\(customer)", number: "SO2026-\(n)",
              placedAt: now.addingTimeInterval(-10 * 86400),
              items: [OrderItem(sku: "SKU-\(n)", name: "保温杯 Thermos", quantity: 1, unitPrice: Money(minorUnits: amountYuan * 100))],
              amount: Money(minorUnits: amountYuan * 100),
              shipments: [Shipment(carrier: "顺丰 SF Express", trackingNumber: "SF\(1000 + n)",
                                   milestones: [Milestone(kind: .inTransit, at: now.addingTimeInterval(-9 * 86400), location: "深圳")])])
    }

    public static func ticket(
        _ n: Int, customer: Int, subject: String, body: String, createdHoursAgo: Double,
        priority: Priority = .normal, status: TicketStatus = .new, category: TicketCategory = .other,
        assignee: String? = nil, language: Language = .zh
    ) -> TicketWithThread {
        let created = now.addingTimeInterval(-createdHoursAgo * 3600)
        var ticket = Ticket(externalId: "T-\(n)", customerExternalId: "C-\(customer)", orderExternalId: nil, channel: .wechat,
                            language: language, subject: subject, status: .new, priority: priority, category: category,
                            assignee: assignee, createdAt: created)
        if status != .new {
            try! TicketWorkflow.applyReply(to: &ticket, at: created.addingTimeInterval(60), setting: status, policy: .standard)
        }
        ticket.priority = priority
        ticket.category = category
        return TicketWithThread(ticket: ticket, messages: [
            Message(kind: .inbound, author: "customer", channel: .wechat, createdAt: created, body: body),
        ])
    }

    /// Three customers, a dozen tickets in Chinese and English.
    public static func smallDesk() -> InterchangeBatch {
        InterchangeBatch(
            customers: [customer(1, name: "王小雨"), customer(2, name: "Emily Carter", language: .en), customer(3, name: "陈思远")],
            orders: [order(1, customer: 1), order(2, customer: 2, amountYuan: 620), order(3, customer: 1)],
            tickets: [
                ticket(1, customer: 1, subject: "快递一直没到", body: "我的快递一周了还没收到，未收到货怎么办", createdHoursAgo: 200, priority: .high, category: .notReceived),
                ticket(2, customer: 2, subject: "Kettle arrived broken", body: "The kettle arrived broken, the lid is cracked.", createdHoursAgo: 3, priority: .high, category: .damaged, language: .en),
                ticket(3, customer: 3, subject: "申请退款", body: "商品不喜欢，想退款", createdHoursAgo: 30, category: .returnRefund),
                ticket(4, customer: 1, subject: "杯子损坏了", body: "收到的杯子产品损坏了，盖子裂开", createdHoursAgo: 1, priority: .urgent, category: .damaged, assignee: "lina"),
                ticket(5, customer: 2, subject: "Refund status", body: "When will my refund arrive?", createdHoursAgo: 50, category: .returnRefund, assignee: "wei", language: .en),
                ticket(6, customer: 3, subject: "怎么清洗", body: "请问这个杯子怎么清洗？", createdHoursAgo: 5, priority: .low, category: .usage),
                ticket(7, customer: 1, subject: "等待回复", body: "好的我等你们消息", createdHoursAgo: 40, status: .pending, category: .delayed),
                ticket(8, customer: 2, subject: "Thanks!", body: "All sorted, thank you", createdHoursAgo: 300, status: .solved, category: .feedback, language: .en),
                ticket(9, customer: 3, subject: "包装问题", body: "包装有点损，但是东西没坏", createdHoursAgo: 20, category: .other),
                ticket(10, customer: 1, subject: "退货地址", body: "退货寄到哪里", createdHoursAgo: 8, category: .returnRefund),
            ])
    }
}
