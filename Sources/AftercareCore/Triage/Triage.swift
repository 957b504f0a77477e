public enum Triage {
    /// Category and priority for a ticket from its text and the customer's tier.
    ///
    /// Category: the first matching rule that names one (else `.other`). Priority: the rules'
    /// default, lowered to the most urgent floor any matching rule sets, then one step more
    /// urgent for angry wording (any `raisesPriority` rule, or shouting) and one more for a VIP.
    /// For many tickets with one rule set, build a `TriageMatcher` once instead.
    public static func classify(subject: String, body: String, tier: LoyaltyTier, rules: TriageRules) -> TriageResult {
        let matcher = rules == .standard ? TriageMatcher.standard : TriageMatcher(rules: rules)
        return matcher.classify(subject: subject, body: body, tier: tier)
    }

    /// Applies a triage result to a ticket, except where an agent has chosen by hand.
    public static func apply(_ result: TriageResult, to ticket: inout Ticket) {
        if !ticket.categoryIsManual { ticket.category = result.category }
        if !ticket.priorityIsManual { ticket.priority = result.priority }
    }
}
