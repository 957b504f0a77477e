public struct TriageResult: Sendable, Hashable {
    public var category: TicketCategory
    public var priority: Priority
    /// Names of the rules that matched, for the audit trail and `show`. "shouting" and "vip"
    /// name the two built-in signals that are not keyword rules.
    public var matchedRules: [String]

    public init(category: TicketCategory, priority: Priority, matchedRules: [String]) {
        self.category = category
        self.priority = priority
        self.matchedRules = matchedRules
    }
}
