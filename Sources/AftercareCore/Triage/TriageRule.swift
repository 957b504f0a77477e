/// One keyword rule: any keyword found in subject or body applies it.
///
/// Matching (see `TriageMatcher`):
/// - case-insensitive for ASCII letters; full-width Latin letters and punctuation (`ＲＥＦＵＮＤ`, `！`) count as
///   their ASCII forms, and a curly apostrophe as a straight one;
/// - a keyword that starts or ends with an ASCII letter or digit must match whole words at that
///   end: `return` matches "I want to return it" but not "returned to sender";
/// - a trailing `*` makes the end a prefix instead: `refund*` matches "refund", "refunds",
///   "refunded";
/// - Chinese (and any keyword edge that is not an ASCII letter or digit) matches anywhere.
///
/// In a TOML file: `[[rules]] name = "…" keywords = ["…"] category = "damaged" priority = "high"
/// raises_priority = true` (category, priority and raises_priority are optional).
public struct TriageRule: Codable, Sendable, Hashable {
    public var name: String
    public var keywords: [String]
    /// Category this rule suggests (the first matching rule with a category wins).
    public var category: TicketCategory?
    /// Lowest priority this rule implies (the most urgent of all matches wins).
    public var priority: Priority?
    /// Raise priority one step (angry wording). However many such rules match, the text raises
    /// priority by one step at most.
    public var raisesPriority: Bool

    public init(name: String, keywords: [String], category: TicketCategory? = nil, priority: Priority? = nil, raisesPriority: Bool = false) {
        self.name = name
        self.keywords = keywords
        self.category = category
        self.priority = priority
        self.raisesPriority = raisesPriority
    }

    private enum CodingKeys: String, CodingKey {
        case name, keywords, category, priority
        case raisesPriority = "raises_priority"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        keywords = try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
        category = try c.decodeIfPresent(TicketCategory.self, forKey: .category)
        priority = try c.decodeIfPresent(Priority.self, forKey: .priority)
        raisesPriority = try c.decodeIfPresent(Bool.self, forKey: .raisesPriority) ?? false
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(keywords, forKey: .keywords)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(priority, forKey: .priority)
        try c.encode(raisesPriority, forKey: .raisesPriority)
    }
}
