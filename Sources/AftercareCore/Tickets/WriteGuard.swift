import Foundation

/// What must still be true of a ticket for a reply or note to be added: how two agents (or two
/// consoles, or the command line) are kept from answering one customer twice.
public enum WriteGuard: Sendable, Hashable {
    /// Add it whatever happened meanwhile.
    case none
    /// The ticket is still at this version: nothing at all changed (`--expect-version`).
    case version(Int64)
    /// Nobody replied or added a note, and nobody else changed the status, after this version
    /// (the one the agent saw when they started writing). A change of tags or priority does not
    /// stop a reply; another answer does.
    case unansweredSince(Int64)
}

/// Something done to a ticket after an agent started writing: why their send was refused.
public struct MeanwhileChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case reply, note, status
    }

    public var kind: Kind
    public var agent: String
    public var at: Date
    /// The reply's or note's text; for a status change, "open → pending".
    public var detail: String

    public init(kind: Kind, agent: String, at: Date, detail: String) {
        self.kind = kind
        self.agent = agent
        self.at = at
        self.detail = detail
    }

    /// "wei replied", "mei added a note", "lina set the status open → pending".
    public var summary: String {
        switch kind {
        case .reply: "\(agent) replied"
        case .note: "\(agent) added a note"
        case .status: "\(agent) set the status \(detail)"
        }
    }
}
