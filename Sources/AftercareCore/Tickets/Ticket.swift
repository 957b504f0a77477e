import Foundation

/// The resolution clock's state: business seconds already used, and since when it has been
/// running (nil while paused). Kept on the ticket so the due time can be recomputed from
/// `(state, now)` alone; see `SLAPolicy`.
public struct ResolutionClock: Codable, Sendable, Hashable {
    public var usedSeconds: Int64
    public var runningSince: Date?

    public init(usedSeconds: Int64 = 0, runningSince: Date?) {
        self.usedSeconds = usedSeconds
        self.runningSince = runningSince
    }
}

/// The next replies a ticket has had (answers to a customer who wrote again after being
/// answered): how many, how many came after their target, and the business time they took.
public struct NextReplyRecord: Codable, Sendable, Hashable {
    public var count: Int
    public var late: Int
    public var businessSeconds: Int64

    public init(count: Int = 0, late: Int = 0, businessSeconds: Int64 = 0) {
        self.count = count
        self.late = late
        self.businessSeconds = businessSeconds
    }
}

/// One customer problem or request.
public struct Ticket: Codable, Sendable, Hashable, Identifiable {
    /// The short number agents type and see ("#1042").
    public var id: Int64
    public var externalId: String
    public var customerExternalId: String
    public var orderExternalId: String?
    public var channel: Channel
    public var language: Language
    public var subject: String
    public var status: TicketStatus
    public var priority: Priority
    public var category: TicketCategory
    /// An agent set the priority or category by hand: automatic triage never changes it again.
    public var priorityIsManual: Bool
    public var categoryIsManual: Bool
    public var tags: [String]
    /// Unix login of the agent who owns the ticket.
    public var assignee: String?
    /// Escalation target ("logistics", "quality", "finance"…).
    public var department: String?
    /// Set when this ticket was merged into another: the survivor's id.
    public var mergedInto: Int64?
    public var createdAt: Date
    public var updatedAt: Date
    public var firstRespondedAt: Date?
    public var solvedAt: Date?
    public var resolutionClock: ResolutionClock
    /// Since when the customer has been waiting for a next reply: they wrote again after being
    /// answered. Nil while nobody waits (a reply, or a move to pending, on-hold or solved, ends it).
    public var awaitingReplySince: Date?
    public var nextReplies: NextReplyRecord
    /// Optimistic-concurrency version: every write bumps it; a stale write is a conflict.
    public var version: Int64
    /// Satisfaction answers collected after solve: CSAT 1–5 and NPS 0–10.
    public var csat: Int?
    public var nps: Int?

    public init(
        id: Int64 = 0, externalId: String, customerExternalId: String, orderExternalId: String? = nil,
        channel: Channel, language: Language, subject: String, status: TicketStatus = .new,
        priority: Priority = .normal, category: TicketCategory = .other, priorityIsManual: Bool = false,
        categoryIsManual: Bool = false, tags: [String] = [], assignee: String? = nil,
        department: String? = nil, mergedInto: Int64? = nil, createdAt: Date, updatedAt: Date? = nil,
        firstRespondedAt: Date? = nil, solvedAt: Date? = nil, resolutionClock: ResolutionClock? = nil,
        awaitingReplySince: Date? = nil, nextReplies: NextReplyRecord = NextReplyRecord(),
        version: Int64 = 1, csat: Int? = nil, nps: Int? = nil
    ) {
        self.id = id
        self.externalId = externalId
        self.customerExternalId = customerExternalId
        self.orderExternalId = orderExternalId
        self.channel = channel
        self.language = language
        self.subject = subject
        self.status = status
        self.priority = priority
        self.category = category
        self.priorityIsManual = priorityIsManual
        self.categoryIsManual = categoryIsManual
        self.tags = tags
        self.assignee = assignee
        self.department = department
        self.mergedInto = mergedInto
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.firstRespondedAt = firstRespondedAt
        self.solvedAt = solvedAt
        self.resolutionClock = resolutionClock ?? ResolutionClock(runningSince: createdAt)
        self.awaitingReplySince = awaitingReplySince
        self.nextReplies = nextReplies
        self.version = version
        self.csat = csat
        self.nps = nps
    }
}
