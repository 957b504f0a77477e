import Foundation

/// Kinds of record a batch references by external id.
public enum RecordKind: String, Sendable, Hashable {
    case customer, order, ticket
}

public struct ImportSummary: Sendable, Hashable, Codable {
    public var customersAdded = 0, customersUpdated = 0
    public var ordersAdded = 0, ordersUpdated = 0
    public var ticketsAdded = 0, ticketsUpdated = 0
    public var messagesAdded = 0
    public var touchpointsAdded = 0

    public init() {}

    public static func + (a: ImportSummary, b: ImportSummary) -> ImportSummary {
        var s = a
        s.customersAdded += b.customersAdded; s.customersUpdated += b.customersUpdated
        s.ordersAdded += b.ordersAdded; s.ordersUpdated += b.ordersUpdated
        s.ticketsAdded += b.ticketsAdded; s.ticketsUpdated += b.ticketsUpdated
        s.messagesAdded += b.messagesAdded; s.touchpointsAdded += b.touchpointsAdded
        return s
    }
}
