import AftercareCore

/// A reply or note to add.
public struct SendRequest: Hashable, Sendable {
    public var ticketId: Int64
    public var kind: MessageKind
    public var body: String
    public var status: TicketStatus?
    public var expectedVersion: Int64?

    public init(ticketId: Int64, kind: MessageKind, body: String, status: TicketStatus?, expectedVersion: Int64?) {
        self.ticketId = ticketId
        self.kind = kind
        self.body = body
        self.status = status
        self.expectedVersion = expectedVersion
    }
}
