import Foundation

public enum MessageKind: String, Codable, CaseIterable, Sendable, Hashable {
    /// Written by the customer.
    case inbound
    /// A reply an agent sent to the customer.
    case reply
    /// An internal note: never shown to the customer.
    case note
}

/// One entry in a ticket's thread.
public struct Message: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var ticketId: Int64
    public var kind: MessageKind
    /// Customer name for inbound messages, the agent's login for replies and notes.
    public var author: String
    public var channel: Channel
    public var createdAt: Date
    /// Stored raw, exactly as received: sanitise at display time.
    public var body: String

    public init(
        id: Int64 = 0, ticketId: Int64 = 0, kind: MessageKind, author: String, channel: Channel,
        createdAt: Date, body: String
    ) {
        self.id = id
        self.ticketId = ticketId
        self.kind = kind
        self.author = author
        self.channel = channel
        self.createdAt = createdAt
        self.body = body
    }
}
