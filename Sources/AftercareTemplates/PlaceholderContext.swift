import AftercareCore
import Foundation

/// The values a reply's placeholders are filled with, in the reply's language.
///
/// Only names that have a real value are present: a ticket without a shipment has no
/// `shipment.tracking_number`, so rendering reports that hole by name instead of leaving it blank.
/// Empty or blank values count as absent.
public struct PlaceholderContext: Sendable, Hashable {
    public var language: Language
    public private(set) var values: [String: String]

    /// Fills the vocabulary (see `PlaceholderVocabulary`) from the records.
    /// - Parameters:
    ///   - order: the ticket's order, if any; its first item, latest shipment and latest return are used.
    ///   - now: the time `today` stands for; dates are shown in `timeZone` (the shop's).
    ///   - extras: values the agent supplies (`coupon.code`, `new_date`…). An extra with the same
    ///     name as a record placeholder overrides it: what the agent typed wins. An extra that is
    ///     an ISO date (`2026-11-25`) is written as a date in the reply's language.
    ///   - loyalty: the scheme `customer.tier` is computed with.
    public init(
        ticket: Ticket, customer: Customer, order: Order?, agent: Agent, shopName: String, now: Date,
        timeZone: TimeZone, language: Language, extras: [String: String] = [:],
        loyalty: LoyaltyProgram = .standard, shopSignature: String? = nil
    ) {
        self.language = language
        self.values = [:]
        let fmt = PlaceholderFormat(language: language, timeZone: timeZone)

        set("customer.name", customer.name)
        set("customer.first_name", PlaceholderFormat.firstName(of: customer.name))
        set("customer.tier", PlaceholderFormat.tier(loyalty.tier(of: customer), in: language))
        if ticket.id > 0 { set("ticket.id", String(ticket.id)) }
        set("ticket.subject", ticket.subject)
        if let order {
            set("order.number", order.number)
            set("order.date", fmt.date(order.placedAt))
            set("order.total", order.amount.formatted)
            set("order.items", PlaceholderFormat.list(order.items.map(PlaceholderFormat.itemLabel), in: language))
            set("product.name", order.items.first?.name)
            if let shipment = order.latestShipment {
                set("shipment.carrier", shipment.carrier)
                set("shipment.tracking_number", shipment.trackingNumber)
                set("shipment.status", shipment.latestMilestone.map { PlaceholderFormat.milestone($0.kind, in: language) })
                set("shipment.shipped_date", shipment.shippedAt.map(fmt.date))
                set("shipment.delivered_date", shipment.deliveredAt.map(fmt.date))
            }
            if let ret = order.returns.last {
                set("return.rma_number", ret.rmaNumber)
                set("return.refund_amount", ret.refundAmount?.formatted)
            }
        }
        set("agent.name", agent.displayName)
        set("shop.name", shopName)
        set("shop.signature", shopSignature.flatMap { $0.isEmpty ? nil : $0 })
        set("today", fmt.date(now))
        for (name, value) in extras { set(name, fmt.isoDate(value) ?? value) }
    }

    /// A context from ready-made values (previews, tests, other callers).
    public init(language: Language, values: [String: String]) {
        self.language = language
        self.values = [:]
        for (name, value) in values { set(name, value) }
    }

    /// The value for `name`, or nil when this ticket has none.
    public subscript(name: String) -> String? { values[name] }

    /// Sets (or, with nil or a blank string, removes) one value.
    public mutating func set(_ name: String, _ value: String?) {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            values[name] = nil
            return
        }
        // The renderer marks holes with these private-use characters; a value must never forge one.
        values[name] = value.replacingOccurrences(of: RenderMarker.open, with: "")
            .replacingOccurrences(of: RenderMarker.close, with: "")
    }
}

/// How placeholder values are written in each language.
public struct PlaceholderFormat: Sendable {
    public var language: Language
    public var timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    private static let monthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "2026年11月22日" / "22 Nov 2026", on the calendar day in `timeZone`.
    public func date(_ date: Date) -> String {
        let c = DeskLocalTime(timeZone: timeZone).components(date)
        return calendarDate(year: c.year, month: c.month, day: c.day)
    }

    /// An ISO calendar date ("2026-11-25", as agents type `new_date`) written in this language;
    /// nil when `text` is anything else.
    public func isoDate(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: y, month: m, day: d)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendarDate(year: y, month: m, day: d)
    }

    private func calendarDate(year y: Int, month m: Int, day d: Int) -> String {
        switch language {
        case .zh: "\(y)年\(m)月\(d)日"
        case .en: "\(d) \(Self.monthsEn[m - 1]) \(y)"
        }
    }

    /// "A", "A and B", "A, B and C" / "A、B、C".
    public static func list(_ items: [String], in language: Language) -> String {
        switch language {
        case .zh:
            return items.joined(separator: "、")
        case .en:
            guard items.count > 1 else { return items.first ?? "" }
            return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    static func itemLabel(_ item: OrderItem) -> String {
        item.quantity > 1 ? "\(item.name) ×\(item.quantity)" : item.name
    }

    /// The latest tracking event, as a customer would say it.
    public static func milestone(_ kind: MilestoneKind, in language: Language) -> String {
        switch (kind, language) {
        case (.labelCreated, .en): "label created, waiting for pickup"
        case (.labelCreated, .zh): "已下单，等待揽收"
        case (.inTransit, .en): "in transit"
        case (.inTransit, .zh): "运输中"
        case (.customs, .en): "in customs clearance"
        case (.customs, .zh): "清关中"
        case (.outForDelivery, .en): "out for delivery"
        case (.outForDelivery, .zh): "派送中"
        case (.delivered, .en): "delivered"
        case (.delivered, .zh): "已签收"
        case (.failedDelivery, .en): "delivery attempt failed"
        case (.failedDelivery, .zh): "派送未成功"
        }
    }

    /// "Gold" / "金卡"; nil for a customer who has not bought yet (no tier to mention).
    public static func tier(_ tier: LoyaltyTier, in language: Language) -> String? {
        switch (tier, language) {
        case (.none, _): nil
        case (.silver, .en): "Silver"
        case (.silver, .zh): "银卡"
        case (.gold, .en): "Gold"
        case (.gold, .zh): "金卡"
        case (.platinum, .en): "Platinum"
        case (.platinum, .zh): "白金"
        }
    }

    /// What to call the customer in a greeting. Western names: the first word ("Sarah Miller" →
    /// "Sarah"). Names written in Chinese, Japanese or Korean script: the whole name, since the
    /// given name alone reads as over-familiar from a shop and splitting is unreliable ("欧阳娜娜").
    public static func firstName(of fullName: String) -> String {
        let name = fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.unicodeScalars.contains(where: isCJK) { return name }
        return name.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? name
    }

    private static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF,  // Hiragana, Katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F,  // Han
             0xAC00...0xD7AF, 0x1100...0x11FF:  // Hangul
            true
        default:
            false
        }
    }
}

extension PlaceholderContext {
    /// The context for replying on a ticket as shown (thread, customer, order): what the command
    /// line's `reply --template` and the console's template picker both fill from, with the desk's
    /// settings (the shop's name and signature in the reply's language, tiers). Dates are shown in
    /// the desk's time zone.
    public init(replyingTo detail: TicketDetail, agent: Agent, now: Date, settings: DeskSettings, language: Language,
                extras: [String: String] = [:]) {
        self.init(
            ticket: detail.ticket, customer: detail.customer, order: detail.order, agent: agent, shopName: settings.shop.name,
            now: now, timeZone: TimeZone(identifier: settings.sla.calendar.timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!,
            language: language, extras: extras, loyalty: settings.loyalty, shopSignature: settings.shop.signature(for: language))
    }
}
