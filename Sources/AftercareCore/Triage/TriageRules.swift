/// How the desk triages, as its settings hold it (`[triage]`): keyword rules, priorities per
/// category, phrases that are never signals, and how tier and shouting weigh.
public struct TriageRules: Sendable, Hashable {
    public var rules: [TriageRule]
    public var defaultPriority: Priority
    /// Customers at or above this tier get one step more urgent.
    public var vipTier: LoyaltyTier
    /// Text written mostly in capitals ("WHERE IS MY ORDER") counts as angry wording.
    public var shoutingRaisesPriority: Bool
    /// The lowest priority of a category (domain.md: "not received" and "damaged" come first).
    public var categoryPriorities: [TicketCategory: Priority]
    /// Colour, style and product names that look like problem words but are not ("smoke grey",
    /// "burnt orange", "火焰红"): keyword rules never match inside them.
    public var ignoredPhrases: [String]

    public init(
        rules: [TriageRule], defaultPriority: Priority = .normal, vipTier: LoyaltyTier = .gold, shoutingRaisesPriority: Bool = true,
        categoryPriorities: [TicketCategory: Priority] = TriageRules.standardCategoryPriorities,
        ignoredPhrases: [String] = TriageRules.standardIgnoredPhrases
    ) {
        self.rules = rules
        self.defaultPriority = defaultPriority
        self.vipTier = vipTier
        self.shoutingRaisesPriority = shoutingRaisesPriority
        self.categoryPriorities = categoryPriorities
        self.ignoredPhrases = ignoredPhrases
    }

    /// The problems a safety word is an emergency in (not a question before buying, a review or
    /// something else).
    public static let problemCategories: Set<TicketCategory> = [
        .notReceived, .delayed, .damaged, .wrongOrMissing, .mismatch, .usage, .returnRefund, .complaint,
    ]

    public static let standardRules: [TriageRule] = [
        TriageRule(name: "safety", keywords: [
            "起火", "着火", "冒烟", "漏电", "触电", "爆炸", "自燃", "烫伤", "烧伤", "过敏", "划伤", "割伤", "中毒", "电池鼓包", "有毒",
            "caught fire", "on fire", "fire", "smoke", "smoking", "burn*", "explod*", "electric shock", "shocked me",
            "allergic", "allergy", "rash", "injur*", "toxic", "poison*", "sparks", "melted",
        ], priority: .urgent, whenCategories: problemCategories),
        TriageRule(name: "customer-urgent", keywords: [
            "紧急", "加急", "急急急", "很急", "急用", "十万火急", "urgent", "urgently", "asap", "a.s.a.p", "emergency",
        ], priority: .high),
        TriageRule(name: "angry", keywords: [
            "投诉", "太差", "太差劲", "垃圾", "骗子", "骗人", "差评", "12315", "气死", "无语", "恶心", "坑人", "黑店", "再也不买",
            "什么破", "忍无可忍", "！！！", "???", "？？？",
            "terrible", "unacceptable", "scam", "scammer*", "worst", "awful", "horrible", "ridiculous",
            "disgusting", "furious", "fraud", "rip off", "ripoff", "never buy", "never again", "!!!",
        ], raisesPriority: true),
    ]

    public static let standardCategoryPriorities: [TicketCategory: Priority] = [.notReceived: .high, .damaged: .high]

    public static let standardIgnoredPhrases: [String] = [
        "smoke grey", "smoke gray", "smoky grey", "smoky gray", "smoked glass", "smoked oak", "burnt orange", "burnt sienna",
        "burnt umber", "fire red", "fire engine red", "flame red", "fireplace", "smoking hot", "smokin hot", "explosive flavour",
        "explosive flavor", "fire pit", "fire starter", "firefly",
        "烟灰色", "烟灰", "烟熏", "烟粉", "火焰红", "火红色", "火焰色", "爆款", "火爆", "爆单", "炸街", "烧钱", "燃脂", "爆浆",
    ]

    public static let standard = TriageRules(rules: standardRules)
}
