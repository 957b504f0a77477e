import AftercareCore

/// What `u` reverts: per ticket, the inverse changes and the version our write produced (undo is
/// refused if the ticket moved on since).
public struct UndoableChange: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var ticketId: Int64
        public var inverse: [TicketChange]
        public var versionAfter: Int64

        public init(ticketId: Int64, inverse: [TicketChange], versionAfter: Int64) {
            self.ticketId = ticketId
            self.inverse = inverse
            self.versionAfter = versionAfter
        }
    }

    /// "assign #1042 to wei", shown as "undid …".
    public var label: String
    public var batch: Int
    public var entries: [Entry]

    public init(label: String, batch: Int, entries: [Entry]) {
        self.label = label
        self.batch = batch
        self.entries = entries
    }
}
