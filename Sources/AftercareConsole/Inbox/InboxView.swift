import AftercareCore

/// Which slice of the queue the inbox shows.
public enum InboxView: Hashable, Sendable, CustomStringConvertible {
    case allOpen
    case mine
    case unassigned
    case breached
    case status(TicketStatus)
    case category(TicketCategory)
    case channel(Channel)

    /// The views with a count in the status bar.
    public static let counted: [InboxView] = [.allOpen, .mine, .unassigned, .breached]

    public func filter(for agent: Agent) -> InboxFilter {
        switch self {
        case .allOpen: InboxFilter()
        case .mine: InboxFilter(assignee: .agent(agent.login))
        case .unassigned: InboxFilter(assignee: .unassigned)
        case .breached: InboxFilter(breachedOnly: true)
        case let .status(s): InboxFilter(statuses: [s])
        case let .category(c): InboxFilter(category: c)
        case let .channel(c): InboxFilter(channel: c)
        }
    }

    public var description: String {
        switch self {
        case .allOpen: "all open"
        case .mine: "mine"
        case .unassigned: "unassigned"
        case .breached: "breached"
        case let .status(s): "status \(s.rawValue)"
        case let .category(c): "category \(c.rawValue)"
        case let .channel(c): "channel \(c.rawValue)"
        }
    }
}
