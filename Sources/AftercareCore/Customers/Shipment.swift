import Foundation

public enum MilestoneKind: String, Codable, CaseIterable, Sendable, Hashable {
    case labelCreated = "label_created"
    case inTransit = "in_transit"
    case customs
    case outForDelivery = "out_for_delivery"
    case delivered
    case failedDelivery = "failed_delivery"
}

/// One scan event of a parcel.
public struct Milestone: Codable, Sendable, Hashable {
    public var kind: MilestoneKind
    public var at: Date
    public var location: String

    public init(kind: MilestoneKind, at: Date, location: String = "") {
        self.kind = kind
        self.at = at
        self.location = location
    }
}

public struct Shipment: Codable, Sendable, Hashable {
    public var carrier: String
    public var trackingNumber: String
    /// In the order they happened.
    public var milestones: [Milestone]

    public init(carrier: String, trackingNumber: String, milestones: [Milestone] = []) {
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.milestones = milestones
    }

    public var latestMilestone: Milestone? { milestones.last }
    public var shippedAt: Date? { milestones.first?.at }
    public var deliveredAt: Date? { milestones.last(where: { $0.kind == .delivered })?.at }
}
