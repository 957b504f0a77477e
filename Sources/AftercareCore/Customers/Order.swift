import Foundation

public struct OrderItem: Codable, Sendable, Hashable {
    public var sku: String
    public var name: String
    public var quantity: Int
    /// Price of one unit, in the order's currency.
    public var unitPrice: Money

    public init(sku: String, name: String, quantity: Int, unitPrice: Money) {
        self.sku = sku
        self.name = name
        self.quantity = quantity
        self.unitPrice = unitPrice
    }
}

/// A purchase, with what was shipped for it and what came back.
public struct Order: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var externalId: String
    public var customerExternalId: String
    /// The order number the customer sees ("SO20261101-0042").
    public var number: String
    public var placedAt: Date
    public var items: [OrderItem]
    public var amount: Money
    public var shipments: [Shipment]
    public var returns: [ReturnRequest]

    public init(
        id: Int64 = 0, externalId: String, customerExternalId: String, number: String, placedAt: Date,
        items: [OrderItem], amount: Money, shipments: [Shipment] = [], returns: [ReturnRequest] = []
    ) {
        self.id = id
        self.externalId = externalId
        self.customerExternalId = customerExternalId
        self.number = number
        self.placedAt = placedAt
        self.items = items
        self.amount = amount
        self.shipments = shipments
        self.returns = returns
    }

    /// The most recent shipment: the one a "where is my parcel" question is about.
    public var latestShipment: Shipment? { shipments.last }
}
