import Foundation
import Testing
@testable import AftercareCore

@Suite struct TriageTests {
    func classify(_ text: String, tier: LoyaltyTier = .silver, rules: TriageRules = .standard) -> TriageResult {
        Triage.classify(subject: "", body: text, tier: tier, rules: rules)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var category: TicketCategory
        var priority: Priority
        var testDescription: String { text }
    }

    static let categoryCases: [Case] = [
        Case(text: "我的快递还没到，已经十天了", category: .notReceived, priority: .high),
        Case(text: "订单显示签收但我没收到", category: .notReceived, priority: .high),
        Case(text: "快递丢了怎么办", category: .notReceived, priority: .high),
        Case(text: "My package never arrived", category: .notReceived, priority: .high),
        Case(text: "Hi, where is my order? Tracking says nothing", category: .notReceived, priority: .high),
        Case(text: "The parcel was returned to sender", category: .notReceived, priority: .high),
        Case(text: "物流延迟好几天了", category: .delayed, priority: .normal),
        Case(text: "包裹一直卡在转运中心", category: .delayed, priority: .normal),
        Case(text: "My order is stuck in customs", category: .delayed, priority: .normal),
        Case(text: "Shipping has been delayed twice", category: .delayed, priority: .normal),
        Case(text: "收到的杯子破损了", category: .damaged, priority: .high),
        Case(text: "用了两天就坏了，质量问题", category: .damaged, priority: .high),
        Case(text: "The vase arrived broken", category: .damaged, priority: .high),
        Case(text: "The lid is cracked", category: .damaged, priority: .high),
        Case(text: "Defective charger", category: .damaged, priority: .high),
        Case(text: "你们错发了颜色", category: .wrongOrMissing, priority: .normal),
        Case(text: "盒子里部件缺失，少了两个螺丝", category: .wrongOrMissing, priority: .normal),
        Case(text: "I received the wrong item", category: .wrongOrMissing, priority: .normal),
        Case(text: "Two screws are missing from the kit", category: .wrongOrMissing, priority: .normal),
        Case(text: "衣服尺寸不符，而且色差很大", category: .mismatch, priority: .normal),
        Case(text: "The jacket doesn't fit at all", category: .mismatch, priority: .normal),
        Case(text: "The colour is not as described", category: .mismatch, priority: .normal),
        Case(text: "这个加湿器怎么用？", category: .usage, priority: .normal),
        Case(text: "How do I pair the headphones with my phone", category: .usage, priority: .normal),
        Case(text: "I'm not sure how to use the steamer", category: .usage, priority: .normal),
        Case(text: "我想退货退款", category: .returnRefund, priority: .normal),
        Case(text: "可以换货吗，要大一码", category: .returnRefund, priority: .normal),
        Case(text: "I'd like a refund please", category: .returnRefund, priority: .normal),
        Case(text: "Can I return it and get an exchange", category: .returnRefund, priority: .normal),
        Case(text: "Has my order been refunded yet", category: .returnRefund, priority: .normal),
        Case(text: "I want to file a complaint about your service", category: .complaint, priority: .normal),
        Case(text: "已经给了好评，谢谢", category: .feedback, priority: .normal),
        Case(text: "I left a review on the store page", category: .feedback, priority: .normal),
        Case(text: "这款还有货吗", category: .presale, priority: .normal),
        Case(text: "什么时候发货呀", category: .presale, priority: .normal),
        Case(text: "Is the blue one in stock", category: .presale, priority: .normal),
        Case(text: "Hello there", category: .other, priority: .normal),
        Case(text: "你好", category: .other, priority: .normal),
    ]

    @Test(arguments: categoryCases)
    func categoryAndPriorityFromText(_ c: Case) {
        let result = classify(c.text)
        #expect(result.category == c.category)
        #expect(result.priority == c.priority)
    }

    @Test(arguments: ["充电器冒烟了", "插上就起火了", "机器漏电，手被电了一下", "用了面霜过敏了", "The heater caught fire",
                      "There was smoke coming out of it", "I got an electric shock from the kettle",
                      "My daughter had an allergic reaction", "The handle burned my hand"])
    func safetyWordsAreUrgent(_ text: String) {
        let result = classify(text)
        #expect(result.priority == .urgent)
        #expect(result.matchedRules.contains("safety"))
    }

    @Test func angryWordingRaisesOneStep() {
        #expect(classify("物流延迟").priority == .normal)
        #expect(classify("物流延迟，太差了").priority == .high)
        #expect(classify("物流延迟 我要打12315").priority == .high)
        #expect(classify("This delay is unacceptable").priority == .high)
        #expect(classify("still delayed!!!").priority == .high)
        #expect(classify("包裹破损，垃圾").priority == .urgent)   // high (damaged) + angry
        // Many angry words still raise only one step.
        #expect(classify("垃圾 骗子 太差 terrible scam worst").priority == .high)
        #expect(classify("我要投诉").category == .complaint)
        #expect(classify("我要投诉").priority == .high)
    }

    @Test func shoutingCountsAsAngry() {
        let shouted = classify("WHERE IS MY PACKAGE I PAID TWO WEEKS AGO")
        #expect(shouted.category == .notReceived)
        #expect(shouted.priority == .urgent)
        #expect(shouted.matchedRules.contains("shouting"))
        #expect(!TriageMatcher.isShouting("My DHL parcel from UPS is delayed"))
        #expect(!TriageMatcher.isShouting("OK"))
        var quiet = TriageRules.standard
        quiet.shoutingRaisesPriority = false
        #expect(classify("WHERE IS MY PACKAGE I PAID TWO WEEKS AGO", rules: quiet).priority == .high)
    }

    @Test func vipRaisesOneStep() {
        #expect(classify("这个怎么用", tier: .none).priority == .normal)
        #expect(classify("这个怎么用", tier: .silver).priority == .normal)
        #expect(classify("这个怎么用", tier: .gold).priority == .high)
        #expect(classify("这个怎么用", tier: .platinum).priority == .high)
        #expect(classify("这个怎么用", tier: .gold).matchedRules.contains("vip"))
        #expect(classify("never arrived, terrible", tier: .gold).priority == .urgent)
        var platinumOnly = TriageRules.standard
        platinumOnly.vipTier = .platinum
        #expect(classify("这个怎么用", tier: .gold, rules: platinumOnly).priority == .normal)
    }

    @Test func englishMatchingIsCaseInsensitiveAndWholeWord() {
        #expect(classify("NEVER ARRIVED").category == .notReceived)
        #expect(classify("ＲＥＦＵＮＤ please").category == .returnRefund)   // full-width letters
        #expect(classify("It doesn’t fit").category == .mismatch)           // curly apostrophe
        // "return" is a whole word: "returned to sender" is a delivery problem, not a return request.
        let sender = classify("The parcel was returned to sender")
        #expect(!sender.matchedRules.contains("return-refund"))
        // "fire" does not match inside "firewall"; "rash" not inside "crash".
        #expect(classify("How do I set up the firewall").priority == .normal)
        #expect(classify("the app crashes when I open it").priority == .normal)
        // A trailing * makes a prefix: refund* matches "refunds".
        #expect(classify("refunds take how long?").category == .returnRefund)
    }

    @Test func theConcreteProblemWinsOverTheRemedy() {
        #expect(classify("包裹破损，我要退款").category == .damaged)
        #expect(classify("Wrong item, I want a refund").category == .wrongOrMissing)
        #expect(classify("包裹破损，我要退款").matchedRules == ["damaged", "return-refund"])
    }

    @Test func subjectCountsToo() {
        let result = Triage.classify(subject: "未收到货", body: "订单 SO-1", tier: .none, rules: .standard)
        #expect(result.category == .notReceived)
    }

    @Test func agentChoicesAreNeverOverridden() {
        var ticket = makeTicket(priority: .low, category: .presale, createdAt: SH.date(2026, 3, 2, 10))
        ticket.priorityIsManual = true
        let result = classify("包裹破损了 太差")
        Triage.apply(result, to: &ticket)
        #expect(ticket.priority == .low)
        #expect(ticket.category == .damaged)
        ticket.categoryIsManual = true
        Triage.apply(classify("我想退款"), to: &ticket)
        #expect(ticket.category == .damaged)
        #expect(ticket.priority == .low)
        var automatic = makeTicket(createdAt: SH.date(2026, 3, 2, 10))
        Triage.apply(result, to: &automatic)
        #expect(automatic.priority == .urgent && automatic.category == .damaged)
    }

    @Test func fileShapedRulesExtendTheDefaults() throws {
        // What the executable's TOML file decodes to (same keys as TOML).
        let json = """
        {"rules": [
          {"name": "battery", "keywords": ["battery swelling", "电池膨胀"], "category": "damaged", "priority": "urgent"},
          {"name": "gift", "keywords": ["gift wrap*"], "category": "presale", "raises_priority": true},
          {"name": "presale", "keywords": []}
        ], "vip_tier": "platinum"}
        """
        let file = try JSONDecoder().decode(TriageRules.self, from: Data(json.utf8))
        #expect(file.mode == .extend)
        #expect(file.vipTier == .platinum)
        #expect(file.rules[1].raisesPriority)
        #expect(!file.rules[0].raisesPriority)
        let rules = file.resolved(over: .standard)
        #expect(rules.mode == .replace)
        #expect(rules.rules.count == TriageRules.standard.rules.count + 2)
        #expect(rules.rules.first?.name == "battery")
        #expect(classify("My phone has battery swelling", rules: rules).priority == .urgent)
        #expect(classify("电池膨胀了", rules: rules).category == .damaged)
        #expect(classify("can you do gift wrapping", rules: rules).category == .presale)
        #expect(classify("can you do gift wrapping", rules: rules).priority == .high)
        // The presale default was switched off by name; the rest still work.
        #expect(classify("这款还有货吗", rules: rules).category == .other)
        #expect(classify("我想退款", rules: rules).category == .returnRefund)
        // Replace mode: only the file's rules.
        let replaced = try JSONDecoder().decode(TriageRules.self, from: Data("""
        {"mode": "replace", "default_priority": "low",
         "rules": [{"name": "refund-only", "keywords": ["money"], "category": "return_refund"}]}
        """.utf8)).resolved(over: .standard)
        #expect(replaced.rules.map(\.name) == ["refund-only"])
        #expect(classify("我想退款", rules: replaced) == TriageResult(category: .other, priority: .low, matchedRules: []))
        #expect(classify("money back", rules: replaced).category == .returnRefund)
    }

    @Test func rulesRoundTripThroughCodableWithSnakeCaseKeys() throws {
        let data = try JSONEncoder().encode(TriageRules.standard)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"raises_priority\""))
        #expect(text.contains("\"default_priority\""))
        #expect(text.contains("\"vip_tier\""))
        let decoded = try JSONDecoder().decode(TriageRules.self, from: data)
        #expect(decoded == TriageRules.standard)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(TriageRules.self, from: Data(#"{"rules": [{"name": "x", "keywords": ["a"], "category": "nonsense"}]}"#.utf8))
        }
    }

    @Test func everyCategoryHasADefaultRule() {
        let covered = Set(TriageRules.standard.rules.compactMap(\.category))
        #expect(covered == Set(TicketCategory.allCases).subtracting([.other]))
    }
}
