import Foundation

public enum ReturnState: String, Codable, CaseIterable, Sendable, Hashable {
    case requested
    case approved
    case received
    case refunded
    case rejected
}

public enum ReturnKind: String, Codable, CaseIterable, Sendable, Hashable {
    case refund
    case exchange
}

/// A return or exchange (RMA) against an order.
public struct ReturnRequest: Codable, Sendable, Hashable {
    public var rmaNumber: String
    public var kind: ReturnKind
    public var reason: String
    public var state: ReturnState
    public var refundAmount: Money?
    public var requestedAt: Date

    public init(
        rmaNumber: String, kind: ReturnKind = .refund, reason: String, state: ReturnState,
        refundAmount: Money? = nil, requestedAt: Date
    ) {
        self.rmaNumber = rmaNumber
        self.kind = kind
        self.reason = reason
        self.state = state
        self.refundAmount = refundAmount
        self.requestedAt = requestedAt
    }
}
