import Foundation

// Read models: what lists and screens show. Produced by the store, consumed by the command line
// and the console, which never touch the store themselves.

/// A ticket as the inbox shows it: with who the customer is and their tier.
public struct TicketSummary: Sendable, Hashable, Identifiable {
    public var ticket: Ticket
    public var customerName: String
    public var customerTier: LoyaltyTier
    public var replyCount: Int
    public var messageCount: Int
    public var id: Int64 { ticket.id }

    public init(ticket: Ticket, customerName: String, customerTier: LoyaltyTier, replyCount: Int, messageCount: Int) {
        self.ticket = ticket
        self.customerName = customerName
        self.customerTier = customerTier
        self.replyCount = replyCount
        self.messageCount = messageCount
    }
}

/// Which tickets a list shows. Empty filter = every active ticket in inbox order.
public struct InboxFilter: Sendable, Hashable {
    public enum AssigneeFilter: Sendable, Hashable {
        case agent(String)
        case unassigned
    }

    /// nil: the active statuses (new, open, pending, on-hold). Solved/closed only when named.
    public var statuses: [TicketStatus]?
    public var priority: Priority?
    public var category: TicketCategory?
    public var assignee: AssigneeFilter?
    public var channel: Channel?
    public var tag: String?
    /// Only tickets whose running SLA clock is past due at the query's `now`.
    public var breachedOnly: Bool
    /// Full-text search over subjects and messages (Chinese and English). Results come newest first.
    public var search: String?

    public init(
        statuses: [TicketStatus]? = nil, priority: Priority? = nil, category: TicketCategory? = nil,
        assignee: AssigneeFilter? = nil, channel: Channel? = nil, tag: String? = nil, breachedOnly: Bool = false,
        search: String? = nil
    ) {
        self.statuses = statuses
        self.priority = priority
        self.category = category
        self.assignee = assignee
        self.channel = channel
        self.tag = tag
        self.breachedOnly = breachedOnly
        self.search = search
    }

    /// The search holds something to look for: a letter, a digit or a Chinese character.
    /// Punctuation and spaces alone are not a search (every store ignores them).
    public var searchHasTerms: Bool {
        search?.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
    }
}

/// Where the next page starts: the last row of the previous page. Opaque to callers.
public enum InboxCursor: Sendable, Hashable {
    case queue(inboxKey: Int64, priority: Int, id: Int64)
    /// Search results run newest ticket first.
    case search(beforeTicket: Int64)
}

public struct InboxPage: Sendable, Hashable {
    public var rows: [TicketSummary]
    /// nil when this was the last page.
    public var next: InboxCursor?

    public init(rows: [TicketSummary], next: InboxCursor?) {
        self.rows = rows
        self.next = next
    }
}

/// Everything `show` and the ticket screen need: the thread and the customer's history.
public struct TicketDetail: Sendable, Hashable {
    public var summary: TicketSummary
    /// Oldest first.
    public var messages: [Message]
    public var customer: Customer
    public var customerTier: LoyaltyTier
    /// The order the ticket is about, if any.
    public var order: Order?
    /// The customer's most recent orders, newest first.
    public var recentOrders: [Order]
    /// The customer's other tickets, newest first.
    public var otherTickets: [TicketSummary]
    public var touchpoints: [Touchpoint]
    /// Who made the ticket's latest change, and when (from its audit trail): a console names them
    /// when the ticket changes under an agent's eyes.
    public var lastChange: (agent: String, at: Date)? {
        get { lastChangedBy.map { ($0, lastChangedAt ?? .distantPast) } }
        set { lastChangedBy = newValue?.agent; lastChangedAt = newValue?.at }
    }
    public var lastChangedBy: String?
    public var lastChangedAt: Date?

    public var ticket: Ticket { summary.ticket }

    public init(
        summary: TicketSummary, messages: [Message], customer: Customer, customerTier: LoyaltyTier, order: Order?,
        recentOrders: [Order], otherTickets: [TicketSummary], touchpoints: [Touchpoint]
    ) {
        self.summary = summary
        self.messages = messages
        self.customer = customer
        self.customerTier = customerTier
        self.order = order
        self.recentOrders = recentOrders
        self.otherTickets = otherTickets
        self.touchpoints = touchpoints
    }
}

/// An agent's unsent reply or note, saved as they type so a dropped connection loses nothing.
/// One per ticket, agent and console (`session`): two consoles of one agent never write into each
/// other's text. A console that went away leaves its draft to be offered to the agent's next one.
public struct Draft: Sendable, Hashable, Codable {
    public var ticketId: Int64
    public var agent: String
    /// The console that wrote it (`ConsolePresence.session`; "" from before drafts had one).
    public var session: String
    public var kind: MessageKind
    public var body: String
    /// The ticket's version when the agent started writing (see `WriteGuard.unansweredSince`), so
    /// a draft restored after a dropped connection still knows what its writer had seen.
    public var baseVersion: Int64?
    public var updatedAt: Date

    public init(ticketId: Int64, agent: String, session: String = "", kind: MessageKind, body: String, baseVersion: Int64? = nil,
                updatedAt: Date) {
        self.ticketId = ticketId
        self.agent = agent
        self.session = session
        self.kind = kind
        self.body = body
        self.baseVersion = baseVersion
        self.updatedAt = updatedAt
    }
}
