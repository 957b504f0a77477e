// INTERIM: signatures are fixed; the keyword table is a first cut the domain-rules work completes.

/// One keyword rule: any keyword found (case-insensitively) in subject or body applies it.
public struct TriageRule: Codable, Sendable, Hashable {
    public var name: String
    public var keywords: [String]
    /// Category this rule suggests (the first matching rule with a category wins).
    public var category: TicketCategory?
    /// Lowest priority this rule implies (the most urgent of all matches wins).
    public var priority: Priority?
    /// Raise priority one step (angry wording, safety words).
    public var raisesPriority: Bool

    public init(name: String, keywords: [String], category: TicketCategory? = nil, priority: Priority? = nil, raisesPriority: Bool = false) {
        self.name = name
        self.keywords = keywords
        self.category = category
        self.priority = priority
        self.raisesPriority = raisesPriority
    }
}

/// The triage rules are data: a default set, overridable from a TOML file by the executable.
public struct TriageRules: Codable, Sendable, Hashable {
    public var rules: [TriageRule]
    public var defaultPriority: Priority
    /// Customers at or above this tier get one step more urgent.
    public var vipTier: LoyaltyTier

    public init(rules: [TriageRule], defaultPriority: Priority = .normal, vipTier: LoyaltyTier = .gold) {
        self.rules = rules
        self.defaultPriority = defaultPriority
        self.vipTier = vipTier
    }

    public static let standard = TriageRules(rules: [
        TriageRule(name: "not-received", keywords: ["未收到", "没收到", "never arrived", "not received"], category: .notReceived, priority: .high),
        TriageRule(name: "damaged", keywords: ["损坏", "破损", "arrived broken", "damaged"], category: .damaged, priority: .high),
        TriageRule(name: "refund", keywords: ["退款", "退货", "refund", "return"], category: .returnRefund),
        TriageRule(name: "angry", keywords: ["投诉", "太差", "terrible", "unacceptable"], raisesPriority: true),
    ])
}

public struct TriageResult: Sendable, Hashable {
    public var category: TicketCategory
    public var priority: Priority
    /// Names of the rules that matched, for the audit trail and `show`.
    public var matchedRules: [String]

    public init(category: TicketCategory, priority: Priority, matchedRules: [String]) {
        self.category = category
        self.priority = priority
        self.matchedRules = matchedRules
    }
}

public enum Triage {
    /// Category and priority for a ticket from its text and the customer's tier.
    public static func classify(subject: String, body: String, tier: LoyaltyTier, rules: TriageRules) -> TriageResult {
        let text = (subject + "\n" + body).lowercased()
        var category: TicketCategory?
        var priority = rules.defaultPriority
        var raise = 0
        var matched: [String] = []
        for rule in rules.rules where rule.keywords.contains(where: { text.contains($0.lowercased()) }) {
            matched.append(rule.name)
            if category == nil, let suggested = rule.category { category = suggested }
            if let floor = rule.priority, floor < priority { priority = floor }
            if rule.raisesPriority { raise += 1 }
        }
        if tier >= rules.vipTier, tier != .none { raise += 1 }
        for _ in 0..<raise { priority = priority.raised }
        return TriageResult(category: category ?? .other, priority: priority, matchedRules: matched)
    }

    /// Applies a triage result to a ticket, except where an agent has chosen by hand.
    public static func apply(_ result: TriageResult, to ticket: inout Ticket) {
        if !ticket.categoryIsManual { ticket.category = result.category }
        if !ticket.priorityIsManual { ticket.priority = result.priority }
    }
}
