/// One keyword rule: any of its keywords in a customer's message applies it. Rules are for what
/// must be certain (a safety problem, a customer's own "urgent", angry wording); the category
/// itself comes from the classifier unless a rule names one.
///
/// Matching (see `TriageMatcher`):
/// - case-insensitive for ASCII letters; full-width Latin letters and punctuation (`ＲＥＦＵＮＤ`,
///   `！`) count as their ASCII forms, and a curly apostrophe as a straight one;
/// - a keyword that starts or ends with an ASCII letter or digit matches whole words at that end:
///   `return` matches "I want to return it" but not "returned to sender"; a trailing `*` makes the
///   end a prefix instead: `refund*` matches "refunds", "refunded";
/// - Chinese (and any keyword edge that is not an ASCII letter or digit) matches anywhere;
/// - a keyword just after a negation ("not urgent", "no smoke", "没有冒烟", "不急") does not count
///   for rules that set a category or a priority; the desk's ignored phrases ("smoke grey",
///   "burnt orange", "火焰红") never match anything.
public struct TriageRule: Sendable, Hashable {
    public var name: String
    public var keywords: [String]
    /// Category this rule files the ticket under (the first matching rule with one wins over the
    /// classifier).
    public var category: TicketCategory?
    /// Lowest priority this rule implies (the most urgent of all matches wins).
    public var priority: Priority?
    /// Raise priority one step (angry wording). However many such rules match, the text raises
    /// priority by one step at most.
    public var raisesPriority: Bool
    /// The rule applies only to messages about these categories (nil: any). A safety word in a
    /// question before buying ("will it cause an allergy?") is not an emergency.
    public var whenCategories: Set<TicketCategory>?

    public init(name: String, keywords: [String], category: TicketCategory? = nil, priority: Priority? = nil,
                raisesPriority: Bool = false, whenCategories: Set<TicketCategory>? = nil) {
        self.name = name
        self.keywords = keywords
        self.category = category
        self.priority = priority
        self.raisesPriority = raisesPriority
        self.whenCategories = whenCategories
    }

    /// Rules that decide something (a category, a priority floor) ignore negated keywords; angry
    /// wording stays angry when negated ("not happy").
    public var ignoresNegatedKeywords: Bool { category != nil || priority != nil }
}
