import AftercareCore
import AftercareTriageExamples
import Foundation
import Testing

/// Triage as a desk runs it: the shipped model (trained on every shipped example) with the
/// default rules, on messages written the ways customers write.
@Suite struct DeskTriageTests {
    static let triage = Triage(rules: .standard, classifier: .train(ShippedTriageExamples.all))

    func classify(_ text: String, tier: LoyaltyTier = .silver) -> TriageResult {
        Self.triage.classify(subject: "", body: text, tier: tier)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var category: TicketCategory
        var priority: Priority
        var testDescription: String { text }
    }

    /// The misfiled messages, and the old rule tests' messages.
    static let cases: [Case] = [
        Case(text: "How do I get a refund? Can you set up a return?", category: .returnRefund, priority: .normal),
        Case(text: "Do you have the burnt orange colour?", category: .presale, priority: .normal),
        Case(text: "Is the smoke grey back in stock?", category: .presale, priority: .normal),
        Case(text: "快递显示已签收但我没拿到", category: .notReceived, priority: .high),
        Case(text: "衣服不合身想换个大一码", category: .returnRefund, priority: .normal),
        Case(text: "I never received my refund", category: .returnRefund, priority: .normal),
        Case(text: "快递丢了，物流说找不到这个件", category: .notReceived, priority: .high),
        Case(text: "订单显示签收但我没收到", category: .notReceived, priority: .high),
        Case(text: "My package never arrived", category: .notReceived, priority: .high),
        Case(text: "包裹一直卡在转运中心", category: .delayed, priority: .normal),
        Case(text: "My order is stuck in customs", category: .delayed, priority: .normal),
        Case(text: "收到的杯子破损了", category: .damaged, priority: .high),
        Case(text: "The vase arrived broken", category: .damaged, priority: .high),
        Case(text: "你们错发了颜色", category: .wrongOrMissing, priority: .normal),
        Case(text: "I received the wrong item", category: .wrongOrMissing, priority: .normal),
        Case(text: "衣服尺寸跟详情页的尺码表差了两个码，色差也很大", category: .mismatch, priority: .normal),
        Case(text: "The colour is nothing like the photos on the listing", category: .mismatch, priority: .normal),
        Case(text: "这个加湿器怎么用？", category: .usage, priority: .normal),
        Case(text: "How do I pair the headphones with my phone", category: .usage, priority: .normal),
        Case(text: "It's not broken, I just can't figure out how to pair it", category: .usage, priority: .normal),
        Case(text: "我想退货退款", category: .returnRefund, priority: .normal),
        Case(text: "I want to file a complaint about your service", category: .complaint, priority: .normal),
        Case(text: "已经给了好评，谢谢", category: .feedback, priority: .normal),
        Case(text: "这款还有货吗", category: .presale, priority: .normal),
        Case(text: "麻烦帮我开一张发票", category: .other, priority: .normal),
        Case(text: "The kettle caught fire and the kitchen filled with smoke", category: .damaged, priority: .urgent),
    ]

    @Test(arguments: cases)
    func messagesAreFiledAsAnAgentWould(_ c: Case) {
        let result = classify(c.text)
        #expect(result.category == c.category)
        #expect(result.priority == c.priority)
    }

    @Test func aCalmFollowUpKeepsThePriorityAndAnAngryOneRaisesIt() {
        var ticket = makeTicket("包裹一直卡在转运中心")
        ticket.priority = classify("包裹一直卡在转运中心").priority
        ticket.category = .delayed
        Self.triage.reclassify(&ticket, conversation: "包裹一直卡在转运中心\n好的 谢谢", newMessage: "好的 谢谢", tier: .silver)
        #expect(ticket.priority == .normal && ticket.category == .delayed)
        Self.triage.reclassify(&ticket, conversation: "包裹一直卡在转运中心\n好的 谢谢\n还没到？？？太差了，我要投诉",
                               newMessage: "还没到？？？太差了，我要投诉", tier: .silver)
        #expect(ticket.priority == .high)
        // An agent's choice stays.
        ticket.priorityIsManual = true
        ticket.priority = .low
        Self.triage.reclassify(&ticket, conversation: "垃圾！！！", newMessage: "垃圾！！！", tier: .silver)
        #expect(ticket.priority == .low)
    }

    @Test func theCategoryFollowsWhatTheCustomerSaysNext() {
        var ticket = makeTicket("Do you have the blue kettle in stock?")
        ticket.category = .presale
        Self.triage.reclassify(&ticket, conversation: "Do you have the blue kettle in stock?\nI bought it anyway and it arrived with a cracked lid, the glass is shattered",
                               newMessage: "I bought it anyway and it arrived with a cracked lid, the glass is shattered", tier: .none)
        #expect(ticket.category == .damaged)
        #expect(ticket.priority == .high)
    }

    func makeTicket(_ subject: String) -> Ticket {
        Ticket(externalId: "T-1", customerExternalId: "C-1", channel: .web, language: .zh, subject: subject,
               createdAt: Date(timeIntervalSince1970: 1_790_000_000))
    }
}
