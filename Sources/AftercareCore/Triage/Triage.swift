/// The desk's triage: keyword rules for what must be certain, the classifier for the category.
public struct Triage: Sendable {
    public let matcher: TriageMatcher
    public let classifier: CategoryClassifier

    public init(rules: TriageRules, classifier: CategoryClassifier) {
        matcher = rules == .standard ? .standard : TriageMatcher(rules: rules)
        self.classifier = classifier
    }

    /// Category and priority for a new ticket from its first message and the customer's tier.
    public func classify(subject: String, body: String, tier: LoyaltyTier) -> TriageResult {
        matcher.classify(subject: subject, body: body, tier: tier, classified: classifier.classify(subject + "\n" + body)?.category)
    }

    /// A customer wrote again. The category is worked out again from everything the customer
    /// wrote (`conversation`), unless the new message on its own speaks more clearly of a problem
    /// (a presale question followed by "it arrived cracked"); a thank-you or a greeting never
    /// moves it. The priority is that of the new message, raised only (a calm follow-up never
    /// lowers it, angry wording raises it). Fields an agent set by hand stay. Returns the result
    /// the new message got.
    @discardableResult
    public func reclassify(_ ticket: inout Ticket, conversation: String, newMessage: String, tier: LoyaltyTier) -> TriageResult {
        var category = classifier.classify(ticket.subject + "\n" + conversation)
        if let latest = classifier.classify(newMessage), TriageRules.problemCategories.contains(latest.category),
           latest.margin > category?.margin ?? 0 {
            category = latest
        }
        let whole = matcher.classify(subject: ticket.subject, body: conversation, tier: tier, classified: category?.category)
        let latest = matcher.classify(subject: "", body: newMessage, tier: tier, classified: whole.category)
        if !ticket.categoryIsManual { ticket.category = whole.category }
        if !ticket.priorityIsManual {
            var priority = min(ticket.priority, latest.priority)
            if latest.isAngry { priority = min(priority, ticket.priority.raised) }
            ticket.priority = priority
        }
        return latest
    }

    /// Applies a triage result to a ticket, except where an agent has chosen by hand.
    public static func apply(_ result: TriageResult, to ticket: inout Ticket) {
        if !ticket.categoryIsManual { ticket.category = result.category }
        if !ticket.priorityIsManual { ticket.priority = result.priority }
    }
}
