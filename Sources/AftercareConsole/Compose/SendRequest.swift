import AftercareCore

/// A reply or note to add.
public struct SendRequest: Hashable, Sendable {
    public var ticketId: Int64
    public var kind: MessageKind
    public var body: String
    public var status: TicketStatus?
    /// What must still hold for it to go (see `WriteGuard`): normally that nobody answered the
    /// ticket since the agent started writing.
    public var writeGuard: WriteGuard

    public init(ticketId: Int64, kind: MessageKind, body: String, status: TicketStatus?, guard writeGuard: WriteGuard) {
        self.ticketId = ticketId
        self.kind = kind
        self.body = body
        self.status = status
        self.writeGuard = writeGuard
    }
}
