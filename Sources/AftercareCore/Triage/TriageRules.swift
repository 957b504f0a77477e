/// How a rules file combines with the built-in rules.
public enum TriageRulesMode: String, Codable, Sendable, Hashable, CaseIterable {
    /// The file's rules are added to the defaults: a file rule with the same name as a default
    /// rule replaces it in place (give it no keywords to switch it off); other file rules are
    /// checked before the defaults, so their categories win.
    case extend
    /// The file's rules are the whole rule set.
    case replace
}

/// The triage rules are data: a default set, overridable from a TOML file by the executable.
///
/// File shape (snake_case keys, all optional):
/// ```toml
/// mode = "extend"                # or "replace" (default: extend)
/// default_priority = "normal"
/// vip_tier = "gold"
/// shouting_raises_priority = true
/// [[rules]]
/// name = "battery"
/// keywords = ["电池鼓包", "battery swelling"]
/// category = "damaged"
/// priority = "urgent"
/// ```
/// Decode the file into `TriageRules`, then call `resolved(over: .standard)`.
public struct TriageRules: Codable, Sendable, Hashable {
    public var rules: [TriageRule]
    public var defaultPriority: Priority
    /// Customers at or above this tier get one step more urgent.
    public var vipTier: LoyaltyTier
    /// How these rules combine with a base set in `resolved(over:)`.
    public var mode: TriageRulesMode
    /// Text written mostly in capitals ("WHERE IS MY ORDER") counts as angry wording.
    public var shoutingRaisesPriority: Bool

    public init(
        rules: [TriageRule], defaultPriority: Priority = .normal, vipTier: LoyaltyTier = .gold,
        mode: TriageRulesMode = .replace, shoutingRaisesPriority: Bool = true
    ) {
        self.rules = rules
        self.defaultPriority = defaultPriority
        self.vipTier = vipTier
        self.mode = mode
        self.shoutingRaisesPriority = shoutingRaisesPriority
    }

    private enum CodingKeys: String, CodingKey {
        case rules, mode
        case defaultPriority = "default_priority"
        case vipTier = "vip_tier"
        case shoutingRaisesPriority = "shouting_raises_priority"
    }

    /// Missing keys take the standard values; a missing `mode` means `extend` (a user file adds
    /// to the built-in rules unless it says otherwise).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rules = try c.decodeIfPresent([TriageRule].self, forKey: .rules) ?? []
        defaultPriority = try c.decodeIfPresent(Priority.self, forKey: .defaultPriority) ?? .normal
        vipTier = try c.decodeIfPresent(LoyaltyTier.self, forKey: .vipTier) ?? .gold
        mode = try c.decodeIfPresent(TriageRulesMode.self, forKey: .mode) ?? .extend
        shoutingRaisesPriority = try c.decodeIfPresent(Bool.self, forKey: .shoutingRaisesPriority) ?? true
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mode, forKey: .mode)
        try c.encode(defaultPriority, forKey: .defaultPriority)
        try c.encode(vipTier, forKey: .vipTier)
        try c.encode(shoutingRaisesPriority, forKey: .shoutingRaisesPriority)
        try c.encode(rules, forKey: .rules)
    }

    /// These rules combined with `base` according to `mode`. Scalar settings (default priority,
    /// VIP tier, shouting) always come from `self`. The result has mode `.replace`.
    public func resolved(over base: TriageRules) -> TriageRules {
        var result = self
        result.mode = .replace
        guard mode == .extend else { return result }
        var merged = base.rules
        var prepended: [TriageRule] = []
        for rule in rules {
            if let index = merged.firstIndex(where: { $0.name == rule.name }) {
                merged[index] = rule
            } else {
                prepended.append(rule)
            }
        }
        result.rules = prepended + merged
        return result
    }

    /// The built-in rules, in Chinese and English. Order matters for the category (the first
    /// matching rule with a category wins): the concrete problem (not received, damaged, wrong
    /// item…) comes before what the customer wants done about it (return/refund), and complaints,
    /// reviews and pre-sale questions come last.
    public static let standardRules: [TriageRule] = [
        TriageRule(name: "safety", keywords: [
            "起火", "着火", "冒烟", "漏电", "触电", "爆炸", "自燃", "烫伤", "烧伤", "过敏", "划伤", "割伤", "中毒",
            "电池鼓包", "有毒",
            "fire", "caught fire", "on fire", "smoke", "smoking", "burn*", "explod*", "electric shock",
            "shocked me", "allergic", "allergy", "rash", "injur*", "toxic", "poison*", "sparks", "melted",
        ], category: .damaged, priority: .urgent),
        TriageRule(name: "not-received", keywords: [
            "未收到", "没收到", "没有收到", "还没到", "还没收到", "快递丢了", "包裹丢了", "丢件", "显示签收", "没有签收",
            "不是我签收", "物流不更新", "被退回",
            "never arrived", "hasn't arrived", "has not arrived", "didn't arrive", "did not arrive",
            "not arrived", "not received", "never received", "haven't received", "have not received",
            "didn't receive", "did not receive", "where is my order", "where's my order", "where is my package",
            "where is my parcel", "lost package", "lost parcel", "package lost", "parcel lost",
            "marked as delivered", "returned to sender", "package is missing", "parcel is missing",
        ], category: .notReceived, priority: .high),
        TriageRule(name: "delayed", keywords: [
            "物流延迟", "物流慢", "物流太慢", "快递慢", "卡在", "延迟发货", "延误", "还没发货", "怎么还不发货", "迟迟不发货",
            "清关", "海关",
            "delayed", "delay", "late delivery", "taking so long", "taking too long", "stuck in customs",
            "stuck in transit", "stuck at", "held at customs", "customs", "still not shipped", "not shipped yet",
            "hasn't shipped", "has not shipped", "no tracking update*",
        ], category: .delayed),
        TriageRule(name: "damaged", keywords: [
            "产品损坏", "损坏", "破损", "坏了", "碎了", "裂了", "裂开", "质量问题", "质量差", "有瑕疵", "瑕疵", "开线", "掉色",
            "不能用", "用不了", "无法开机", "开不了机", "故障", "漏水", "次品",
            "arrived broken", "broken", "damaged", "defective", "defect", "cracked", "shattered", "faulty",
            "doesn't work", "does not work", "not working", "stopped working", "won't turn on", "leaking",
            "torn", "scratched", "dented",
        ], category: .damaged, priority: .high),
        TriageRule(name: "wrong-or-missing", keywords: [
            "错发", "发错", "漏发", "少发", "少了", "缺件", "部件缺失", "配件缺失", "少配件", "缺少", "不是我买的", "发成",
            "wrong item", "wrong product", "wrong size sent", "wrong colour", "wrong color", "missing",
            "not what i ordered", "incomplete", "only received", "parts missing", "missing part*",
        ], category: .wrongOrMissing),
        TriageRule(name: "mismatch", keywords: [
            "尺寸不符", "尺码不符", "尺码不对", "尺寸不对", "偏大", "偏小", "太大", "太小", "色差", "颜色不一样", "与描述不符",
            "和描述不符", "与图片不符", "和图片不一样", "货不对板", "实物不符",
            "doesn't fit", "does not fit", "don't fit", "do not fit", "too small", "too big", "too large", "too tight", "not as described",
            "different from the picture", "different from the photo", "looks different", "colour is different",
            "color is different", "size is wrong",
        ], category: .mismatch),
        TriageRule(name: "usage", keywords: [
            "怎么用", "如何使用", "怎么使用", "使用问题", "使用方法", "说明书", "怎么安装", "如何安装", "怎么设置", "怎么充电",
            "怎么连接", "不会用",
            "how do i", "how to use", "how to install", "how to set up", "how to connect", "instructions",
            "manual", "user guide", "set up", "setup",
        ], category: .usage),
        TriageRule(name: "return-refund", keywords: [
            "退款", "退货", "换货", "退换", "退钱", "七天无理由", "7天无理由", "仅退款", "退回给你", "寄回", "售后单",
            "refund*", "return", "returns", "return it", "send it back", "send back", "exchange", "money back",
            "cancel my order", "cancel the order", "rma",
        ], category: .returnRefund),
        TriageRule(name: "complaint", keywords: [
            "投诉", "12315", "消协", "消费者协会", "工商", "客服态度", "态度差", "举报", "维权",
            "complaint", "complain*", "speak to a manager", "speak to your manager", "supervisor",
            "report you", "consumer protection",
        ], category: .complaint),
        TriageRule(name: "feedback", keywords: [
            "好评", "差评", "评价", "评论", "晒单", "反馈", "建议", "五星", "5星", "一星",
            "review", "reviews", "feedback", "rating", "five stars", "5 stars", "one star", "1 star", "suggestion",
        ], category: .feedback),
        TriageRule(name: "presale", keywords: [
            "有货吗", "还有货", "有没有货", "现货", "库存", "什么时候发货", "几天发货", "多久发货", "能便宜", "优惠吗", "有优惠",
            "包邮吗", "发货地", "哪个尺码", "推荐", "能寄到",
            "in stock", "available in", "when will you ship", "when will it ship", "do you ship to",
            "shipping to", "before i buy", "before buying", "discount", "coupon", "which size", "restock",
        ], category: .presale),
        TriageRule(name: "angry", keywords: [
            "投诉", "太差", "太差劲", "垃圾", "骗子", "骗人", "差评", "12315", "气死", "无语", "恶心", "坑人", "黑店", "再也不买",
            "什么破", "忍无可忍", "！！！", "???", "？？？",
            "terrible", "unacceptable", "scam", "scammer*", "worst", "awful", "horrible", "ridiculous",
            "disgusting", "furious", "fraud", "rip off", "ripoff", "never buy", "never again", "!!!",
        ], raisesPriority: true),
    ]

    public static let standard = TriageRules(rules: standardRules)
}
