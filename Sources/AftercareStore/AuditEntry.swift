import Foundation

/// One field's change, as the audit trail records it.
public struct AuditChange: Sendable, Hashable, Codable {
    public var field: String
    public var old: String?
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}

/// A row of the audit trail: who changed what on which ticket, when.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var ticketId: Int64
    public var agent: String
    public var at: Date
    public var change: AuditChange
    /// The ticket's version after the change.
    public var version: Int64

    public init(ticketId: Int64, agent: String, at: Date, change: AuditChange, version: Int64) {
        self.ticketId = ticketId
        self.agent = agent
        self.at = at
        self.change = change
        self.version = version
    }
}
