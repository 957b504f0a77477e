import Foundation

/// The per-ticket facts the monthly review is computed from. The store streams one per ticket
/// (it never loads the table whole); `DeskMetrics` folds them into figures.
public struct TicketFacts: Sendable, Hashable {
    public var id: Int64
    public var category: TicketCategory
    public var priority: Priority
    public var status: TicketStatus
    public var channel: Channel
    public var assignee: String?
    public var createdAt: Date
    public var firstRespondedAt: Date?
    public var solvedAt: Date?
    /// Replies sent by agents on this ticket (first-contact resolution = solved after exactly one).
    public var replyCount: Int
    /// Business seconds the resolution clock used (pauses excluded).
    public var resolutionUsedSeconds: Int64
    /// Since when the resolution clock has been running (nil while paused or finished), so the
    /// review can count an open ticket's running span up to its `now`.
    public var resolutionRunningSince: Date?
    public var csat: Int?
    public var nps: Int?
    /// Next replies given (a customer wrote again after being answered), and since when the
    /// customer has been waiting for one now.
    public var nextReplies: NextReplyRecord
    public var awaitingReplySince: Date?

    public init(
        id: Int64, category: TicketCategory, priority: Priority, status: TicketStatus, channel: Channel,
        assignee: String?, createdAt: Date, firstRespondedAt: Date?, solvedAt: Date?, replyCount: Int,
        resolutionUsedSeconds: Int64, csat: Int?, nps: Int?, resolutionRunningSince: Date? = nil,
        nextReplies: NextReplyRecord = NextReplyRecord(), awaitingReplySince: Date? = nil
    ) {
        self.id = id
        self.category = category
        self.priority = priority
        self.status = status
        self.channel = channel
        self.assignee = assignee
        self.createdAt = createdAt
        self.firstRespondedAt = firstRespondedAt
        self.solvedAt = solvedAt
        self.replyCount = replyCount
        self.resolutionUsedSeconds = resolutionUsedSeconds
        self.resolutionRunningSince = resolutionRunningSince
        self.csat = csat
        self.nps = nps
        self.nextReplies = nextReplies
        self.awaitingReplySince = awaitingReplySince
    }
}
