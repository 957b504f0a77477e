import Foundation

/// One way to reach a customer on one channel (an email address, a WeChat id, a phone number…).
public struct Contact: Codable, Sendable, Hashable {
    public var channel: Channel
    public var handle: String

    public init(channel: Channel, handle: String) {
        self.channel = channel
        self.handle = handle
    }
}

/// A person who bought from the shop. `orderCount` and `lifetimeSpend` are maintained by the
/// store as orders arrive; the loyalty tier is derived from them (see `LoyaltyProgram`).
public struct Customer: Codable, Sendable, Hashable, Identifiable {
    /// Store row id (0 before the customer is saved).
    public var id: Int64
    /// Stable id from the shop's systems; importing the same customer twice updates, never duplicates.
    public var externalId: String
    public var name: String
    public var language: Language
    public var contacts: [Contact]
    /// The customer asked for no marketing follow-ups ("reply STOP"). Service replies still go out.
    public var optedOut: Bool
    public var notes: String
    public var createdAt: Date
    public var orderCount: Int
    public var lifetimeSpend: Money

    public init(
        id: Int64 = 0, externalId: String, name: String, language: Language, contacts: [Contact] = [],
        optedOut: Bool = false, notes: String = "", createdAt: Date, orderCount: Int = 0,
        lifetimeSpend: Money = Money(minorUnits: 0)
    ) {
        self.id = id
        self.externalId = externalId
        self.name = name
        self.language = language
        self.contacts = contacts
        self.optedOut = optedOut
        self.notes = notes
        self.createdAt = createdAt
        self.orderCount = orderCount
        self.lifetimeSpend = lifetimeSpend
    }

    public func contact(on channel: Channel) -> Contact? { contacts.first { $0.channel == channel } }
}
