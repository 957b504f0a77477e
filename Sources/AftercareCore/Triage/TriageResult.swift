/// What triage gives a message: a category, a priority, and why.
public struct TriageResult: Sendable, Hashable {
    public var category: TicketCategory
    public var priority: Priority
    /// Names of the rules that matched, for the audit trail and `show`. "shouting" and "vip"
    /// name the two signals that are not keyword rules; "classifier" says the category is the
    /// classifier's.
    public var matchedRules: [String]
    /// The message reads angry (an angry-wording rule, or shouting).
    public var isAngry: Bool

    public init(category: TicketCategory, priority: Priority, matchedRules: [String], isAngry: Bool = false) {
        self.category = category
        self.priority = priority
        self.matchedRules = matchedRules
        self.isAngry = isAngry
    }
}
