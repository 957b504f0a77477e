/// What a canned reply is for: the problem playbooks and the follow-up schedule of domain.md.
public enum TemplateSituation: String, Codable, CaseIterable, Sendable, Hashable {
    case welcome
    case checkIn = "check_in"
    case satisfactionCheck = "satisfaction_check"
    case reviewRequest = "review_request"
    case exclusiveOffer = "exclusive_offer"
    case reengagement
    case notArrived = "not_arrived"
    case delayed
    case damaged
    case wrongOrMissing = "wrong_or_missing"
    case howToUse = "how_to_use"
    case notSatisfied = "not_satisfied"
    case angryCustomer = "angry_customer"
    case returnApproved = "return_approved"
    case refundIssued = "refund_issued"
    case positiveReview = "positive_review"
    case negativeReview = "negative_review"
    case delayNotice = "delay_notice"
    case general
}

/// A canned reply: a body with `{{placeholders}}` (see AftercareTemplates for the names).
public struct ReplyTemplate: Codable, Sendable, Hashable {
    /// Name agents type: "damaged", "refund-issued". One name has a Chinese and an English body.
    public var name: String
    public var language: Language
    public var situation: TemplateSituation
    /// The ticket categories this reply suits: the picker offers these first.
    public var categories: [TicketCategory]
    public var title: String
    public var body: String
    /// Shipped with Aftercare (as opposed to added by the shop).
    public var isBuiltIn: Bool

    public init(
        name: String, language: Language, situation: TemplateSituation, categories: [TicketCategory],
        title: String, body: String, isBuiltIn: Bool = false
    ) {
        self.name = name
        self.language = language
        self.situation = situation
        self.categories = categories
        self.title = title
        self.body = body
        self.isBuiltIn = isBuiltIn
    }
}
