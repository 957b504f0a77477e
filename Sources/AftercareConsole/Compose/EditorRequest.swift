import AftercareCore

/// An $EDITOR session for a ticket's reply or note.
public struct EditorRequest: Hashable, Sendable {
    public var ticketId: Int64
    public var kind: MessageKind
    public var seed: String

    public init(ticketId: Int64, kind: MessageKind, seed: String) {
        self.ticketId = ticketId
        self.kind = kind
        self.seed = seed
    }
}
