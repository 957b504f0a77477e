import Foundation

/// A proactive contact with a customer (follow-up, review request, offer), logged so the
/// "at most 1–2 messages a month" rule can be checked.
public enum TouchpointKind: String, Codable, CaseIterable, Sendable, Hashable {
    case welcome
    case checkIn = "check_in"
    case satisfactionCheck = "satisfaction_check"
    case reviewRequest = "review_request"
    case offer
    case loyaltyInvite = "loyalty_invite"
    case reengagement
}

public struct Touchpoint: Codable, Sendable, Hashable {
    public var customerExternalId: String
    public var orderExternalId: String?
    public var kind: TouchpointKind
    public var channel: Channel
    public var at: Date
    public var note: String

    public init(
        customerExternalId: String, orderExternalId: String? = nil, kind: TouchpointKind, channel: Channel,
        at: Date, note: String = ""
    ) {
        self.customerExternalId = customerExternalId
        self.orderExternalId = orderExternalId
        self.kind = kind
        self.channel = channel
        self.at = at
        self.note = note
    }
}
