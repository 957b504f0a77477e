import AftercareCore
import AftercareStore
import Foundation
import StoreTestSupport
import Testing

/// Triage in every store: new tickets and later messages triaged with the stored model, agents'
/// corrections kept as examples, retraining folding them in.
@Suite struct TriageContractTests {
    let now = StoreFixtures.now

    /// A tiny shipped set: enough for the classifier to tell these categories apart.
    static let training = TriageTraining(digest: "test-1", examples: {
        [
            ("damaged", "the cup arrived broken and cracked"), ("damaged", "杯子碎了，盖子裂开"), ("damaged", "screen cracked, broken on arrival"),
            ("damaged", "收到就坏了，用不了"), ("presale", "do you have this in blue? is it in stock"), ("presale", "还有货吗？有蓝色吗"),
            ("presale", "is the large size available before I order"), ("presale", "请问有现货吗，想买"),
            ("usage", "how do I charge it and pair it"), ("usage", "怎么用？怎么充电"), ("usage", "how to clean the filter"),
            ("usage", "说明书在哪，怎么安装"),
        ].map { TriageExample(category: TicketCategory(rawValue: $0.0)!, language: $0.1.first!.isASCII ? .en : .zh, text: $0.1) }
    })

    @Test(arguments: StoreKind.allCases) func aNewTicketIsFiledByTheClassifier(_ kind: StoreKind) throws {
        let store = try kind.seeded(triage: Self.training)
        let ticket = try store.openTicket(customer: "C-1", order: nil, channel: .wechat, subject: "杯子", body: "收到杯子就碎了，盖子也裂开了", at: now)
        #expect(ticket.category == .damaged)
        #expect(ticket.priority == .high, "damaged is high by the desk's category priorities")
        // The model the first ticket needed is stored: later processes classify with it.
        let status = try store.triageModelStatus()
        #expect(status.trainedAt != nil && status.examples == 12 && !status.isStale)
        let question = try store.openTicket(customer: "C-2", order: nil, channel: .web, subject: "Stock", body: "Do you have the burnt orange one in stock?", at: now)
        #expect(question.category == .presale)
        #expect(question.priority != .urgent)
    }

    @Test(arguments: StoreKind.allCases) func anAgentsCategoryChangeIsKeptAsAnExampleAndRetrainingLearnsIt(_ kind: StoreKind) throws {
        let store = try kind.seeded(triage: Self.training)
        let ticket = try store.openTicket(customer: "C-1", order: nil, channel: .wechat, subject: "开票",
                                          body: "麻烦帮我开一张发票，抬头是公司", at: now)
        try store.apply([.setCategory(.other)], to: ticket.id, by: StoreFixtures.lina, at: now)
        let corrections = try store.triageCorrections(after: 0, limit: 10)
        #expect(corrections.count == 1)
        #expect(corrections.first?.category == .other && corrections.first?.agent == "lina")
        #expect(corrections.first?.text.contains("发票") == true)
        // Setting the same category again is no new lesson.
        try store.apply([.setCategory(.other)], to: ticket.id, by: StoreFixtures.lina, at: now)
        #expect(try store.triageCorrections(after: 0, limit: 10).count == 1)

        var status = try store.triageModelStatus()
        #expect(status.isStale && status.correctionsWaiting == 1)
        status = try store.retrainTriage(by: StoreFixtures.lina, at: now)
        #expect(!status.isStale && status.examples == 13 && status.correctionsWaiting == 0)
        let again = try store.openTicket(customer: "C-3", order: nil, channel: .wechat, subject: "发票", body: "请开发票，公司抬头", at: now)
        #expect(again.category == .other)
    }

    @Test(arguments: StoreKind.allCases) func aLaterMessageIsTriagedAgainUnlessAnAgentChose(_ kind: StoreKind) throws {
        let store = try kind.seeded(triage: Self.training)
        let ticket = try store.openTicket(customer: "C-3", order: nil, channel: .web, subject: "Question",
                                          body: "do you have this in blue before I order?", at: now)
        #expect(ticket.category == .presale && ticket.priority == .normal)
        let angry = try store.receiveInbound(body: "It arrived broken and cracked!!! This is unacceptable", on: ticket.id, at: now)
        #expect(angry.category == .damaged)
        #expect(angry.priority == .urgent, "damaged (high) raised one step by angry wording")
        try store.apply([.setCategory(.presale), .setPriority(.low)], to: ticket.id, by: StoreFixtures.lina, at: now)
        let after = try store.receiveInbound(body: "still broken!!! terrible", on: ticket.id, at: now)
        #expect(after.category == .presale && after.priority == .low)
    }
}
