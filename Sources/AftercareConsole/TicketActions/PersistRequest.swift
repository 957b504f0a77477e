import AftercareCore

/// Ticket changes to persist, and why (so the result can be turned into an undo step).
public struct PersistRequest: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// An agent action; `inverse` reverts it, `batch` groups a bulk action's writes.
        case action(label: String, inverse: [TicketChange], batch: Int)
        /// Reverting the last change.
        case undo(label: String)
    }

    public var ticketId: Int64
    public var changes: [TicketChange]
    public var expectedVersion: Int64?
    public var purpose: Purpose

    public init(ticketId: Int64, changes: [TicketChange], expectedVersion: Int64?, purpose: Purpose) {
        self.ticketId = ticketId
        self.changes = changes
        self.expectedVersion = expectedVersion
        self.purpose = purpose
    }
}
