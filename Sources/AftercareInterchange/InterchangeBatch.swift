import AftercareCore

/// A ticket with its thread, as imported, exported and seeded.
public struct TicketWithThread: Codable, Sendable, Hashable {
    public var ticket: Ticket
    /// Oldest first.
    public var messages: [Message]

    public init(ticket: Ticket, messages: [Message]) {
        self.ticket = ticket
        self.messages = messages
    }
}

/// Everything one import (or one chunk of a demo desk) brings, already validated.
/// References between records use external ids, so a batch is independent of any store's row ids.
public struct InterchangeBatch: Sendable, Hashable {
    public var customers: [Customer]
    public var orders: [Order]
    public var tickets: [TicketWithThread]
    public var touchpoints: [Touchpoint]

    public init(
        customers: [Customer] = [], orders: [Order] = [], tickets: [TicketWithThread] = [],
        touchpoints: [Touchpoint] = []
    ) {
        self.customers = customers
        self.orders = orders
        self.tickets = tickets
        self.touchpoints = touchpoints
    }

    public var isEmpty: Bool { customers.isEmpty && orders.isEmpty && tickets.isEmpty && touchpoints.isEmpty }
}
