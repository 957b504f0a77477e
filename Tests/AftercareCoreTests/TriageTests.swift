import Foundation
import Testing
@testable import AftercareCore

/// The keyword rules on their own: what must be certain (safety, a customer's own "urgent",
/// angry wording), category priorities, ignored phrases and negation. The classifier's category
/// is given (`classified`); `AftercareTriageTests` runs the two together.
@Suite struct TriageRuleTests {
    let matcher = TriageMatcher.standard

    func classify(_ text: String, as category: TicketCategory? = .usage, tier: LoyaltyTier = .silver,
                  rules: TriageRules = .standard) -> TriageResult {
        TriageMatcher(rules: rules).classify(subject: "", body: text, tier: tier, classified: category)
    }

    @Test(arguments: ["充电器冒烟了", "插上就起火了", "机器漏电，手被电了一下", "用了面霜过敏了", "The heater caught fire",
                      "There was smoke coming out of it", "I got an electric shock from the kettle",
                      "My daughter had an allergic reaction", "The handle burned my hand"])
    func safetyWordsInAProblemAreUrgent(_ text: String) {
        let result = classify(text, as: .damaged)
        #expect(result.priority == .urgent)
        #expect(result.matchedRules.contains("safety"))
    }

    @Test(arguments: ["Do you have the burnt orange colour?", "Is the smoke grey back in stock?", "火焰红还有货吗",
                      "烟灰色和雾霾蓝哪个好看", "The fire red lipstick is stunning", "smoking hot price on the kettle!",
                      "这款是爆款吗", "Does the smoked oak table scratch easily?"])
    func colourStyleAndProductWordsAreNeverUrgent(_ text: String) {
        for category in TicketCategory.allCases {
            #expect(classify(text, as: category).priority != .urgent, "\(category)")
        }
        #expect(!classify(text, as: .damaged).matchedRules.contains("safety"))
    }

    @Test(arguments: ["没有冒烟，就是开不了机", "It did not catch fire, it just won't turn on", "no smoke, no smell, just dead",
                      "不急，慢慢来", "not urgent, whenever you can", "This isn't urgent"])
    func negatedKeywordsDecideNothing(_ text: String) {
        let result = classify(text, as: .damaged)
        #expect(!result.matchedRules.contains("safety"))
        #expect(!result.matchedRules.contains("customer-urgent"))
        #expect(result.priority == .high)  // damaged's own floor
    }

    @Test func aSafetyWordInAQuestionBeforeBuyingIsNotAnEmergency() {
        #expect(classify("Will it cause an allergy? I have sensitive skin", as: .presale).priority == .normal)
        #expect(classify("用了之后过敏了", as: .damaged).priority == .urgent)
        // Without a classifier (a desk with no model yet), the safety rule applies.
        #expect(classify("用了之后过敏了", as: nil).priority == .urgent)
    }

    @Test func aCustomersOwnUrgentRaisesToHigh() {
        #expect(classify("急用！明天要送人，加急发货可以吗", as: .presale).priority == .high)
        #expect(classify("URGENT: need the invoice", as: .other).matchedRules.contains("customer-urgent"))
    }

    @Test func categoryPrioritiesComeFromTheSettings() {
        #expect(classify("where is it", as: .notReceived).priority == .high)
        #expect(classify("where is it", as: .delayed).priority == .normal)
        var rules = TriageRules.standard
        rules.categoryPriorities[.delayed] = .high
        #expect(classify("where is it", as: .delayed, rules: rules).priority == .high)
    }

    @Test func angryWordingRaisesOneStep() {
        #expect(classify("物流延迟", as: .delayed).priority == .normal)
        #expect(classify("物流延迟，太差了", as: .delayed).priority == .high)
        #expect(classify("This delay is unacceptable", as: .delayed).priority == .high)
        #expect(classify("still delayed!!!", as: .delayed).priority == .high)
        #expect(classify("包裹破损，垃圾", as: .damaged).priority == .urgent)   // high (damaged) + angry
        // Many angry words still raise only one step; negation does not calm angry wording.
        #expect(classify("垃圾 骗子 太差 terrible scam worst", as: .complaint).priority == .high)
        #expect(classify("not terrible, but not great", as: .feedback).isAngry)
    }

    @Test func shoutingCountsAsAngry() {
        let shouted = classify("WHERE IS MY PACKAGE I PAID TWO WEEKS AGO", as: .notReceived)
        #expect(shouted.priority == .urgent)
        #expect(shouted.matchedRules.contains("shouting"))
        #expect(!TriageMatcher.isShouting("My DHL parcel from UPS is delayed"))
        #expect(!TriageMatcher.isShouting("OK"))
        var quiet = TriageRules.standard
        quiet.shoutingRaisesPriority = false
        #expect(classify("WHERE IS MY PACKAGE I PAID TWO WEEKS AGO", as: .notReceived, rules: quiet).priority == .high)
    }

    @Test func vipRaisesOneStep() {
        #expect(classify("这个怎么用", tier: .none).priority == .normal)
        #expect(classify("这个怎么用", tier: .gold).priority == .high)
        #expect(classify("这个怎么用", tier: .gold).matchedRules.contains("vip"))
        var platinumOnly = TriageRules.standard
        platinumOnly.vipTier = .platinum
        #expect(classify("这个怎么用", tier: .gold, rules: platinumOnly).priority == .normal)
    }

    @Test func keywordsMatchWholeWordsCaseAndWidthInsensitively() {
        #expect(classify("ＵＲＧＥＮＴ please", as: .other).matchedRules.contains("customer-urgent"))  // full-width letters
        // "fire" does not match inside "firewall"; "rash" not inside "crash".
        #expect(classify("How do I set up the firewall", as: .usage).priority == .normal)
        #expect(classify("the app crashes when I open it", as: .damaged).priority == .high)
        // A trailing * makes a prefix: burn* matches "burned".
        #expect(classify("it burned the counter", as: .damaged).priority == .urgent)
    }

    @Test func aRuleWithACategoryWinsOverTheClassifier() {
        var rules = TriageRules.standard
        rules.rules.insert(TriageRule(name: "battery", keywords: ["电池鼓包", "battery swelling"], category: .damaged, priority: .urgent), at: 0)
        let result = classify("the battery swelling scared me", as: .usage, rules: rules)
        #expect(result.category == .damaged && result.priority == .urgent)
        #expect(!result.matchedRules.contains("classifier"))
        #expect(classify("how do I charge it", as: .usage, rules: rules).matchedRules.contains("classifier"))
        #expect(classify("how do I charge it", as: nil).category == .other)
    }

    @Test func agentChoicesAreNeverOverridden() {
        var ticket = makeTicket(priority: .low, category: .presale, createdAt: SH.date(2026, 3, 2, 10))
        ticket.priorityIsManual = true
        let result = classify("包裹破损了 太差", as: .damaged)
        Triage.apply(result, to: &ticket)
        #expect(ticket.priority == .low && ticket.category == .damaged)
        ticket.categoryIsManual = true
        Triage.apply(classify("我想退款", as: .returnRefund), to: &ticket)
        #expect(ticket.category == .damaged && ticket.priority == .low)
    }
}
