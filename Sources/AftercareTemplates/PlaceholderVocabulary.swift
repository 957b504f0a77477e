import AftercareCore

/// The placeholder names reply templates may use.
///
/// Two kinds:
/// - **record** placeholders are filled by `PlaceholderContext` from the ticket, customer, order
///   (its first item, latest shipment and latest return), agent and shop;
/// - **extras** are values no record holds (a coupon code, a promised date…): the agent supplies
///   them when replying, as `extras` of the context.
///
/// A name that is neither is allowed in a template only if the shop passes it as an extra; the
/// template file checker reports it so typos (`oder.number`) are caught while editing.
public enum PlaceholderVocabulary {
    public enum Source: String, Sendable, Hashable {
        case record
        case extra
    }

    public struct Entry: Sendable, Hashable {
        public var name: String
        public var source: Source
        /// What it holds, for the help screen and the picker's preview.
        public var summary: String
        public var example: String

        public init(name: String, source: Source, summary: String, example: String) {
            self.name = name
            self.source = source
            self.summary = summary
            self.example = example
        }
    }

    public static let entries: [Entry] = [
        // customer
        Entry(name: "customer.name", source: .record, summary: "customer's full name", example: "Sarah Miller / 王小明"),
        Entry(name: "customer.first_name", source: .record,
              summary: "first word of a Western name; the whole name for Chinese, Japanese or Korean names", example: "Sarah / 王小明"),
        Entry(name: "customer.tier", source: .record, summary: "loyalty tier in words (Silver, Gold, Platinum / 银卡, 金卡, 白金)", example: "Gold / 金卡"),
        // ticket
        Entry(name: "ticket.id", source: .record, summary: "ticket number", example: "1042"),
        Entry(name: "ticket.subject", source: .record, summary: "ticket subject", example: "Mug arrived cracked"),
        // order
        Entry(name: "order.number", source: .record, summary: "order number the customer sees", example: "SO20261101-0042"),
        Entry(name: "order.date", source: .record, summary: "date the order was placed", example: "1 Nov 2026 / 2026年11月1日"),
        Entry(name: "order.total", source: .record, summary: "order amount", example: "¥128.00"),
        Entry(name: "order.items", source: .record, summary: "item names, joined in the reply's language (×n for quantities above 1)",
              example: "Mug and Tea towel ×2 / 马克杯、茶巾 ×2"),
        Entry(name: "product.name", source: .record, summary: "name of the order's first item", example: "Stoneware mug"),
        // shipment (the order's latest)
        Entry(name: "shipment.carrier", source: .record, summary: "carrier of the latest shipment", example: "SF Express / 顺丰"),
        Entry(name: "shipment.tracking_number", source: .record, summary: "tracking number of the latest shipment", example: "SF1234567890"),
        Entry(name: "shipment.status", source: .record, summary: "latest tracking milestone in words", example: "in transit / 运输中"),
        Entry(name: "shipment.shipped_date", source: .record, summary: "date of the first tracking milestone", example: "3 Nov 2026"),
        Entry(name: "shipment.delivered_date", source: .record, summary: "date it was delivered (empty until then)", example: "6 Nov 2026"),
        // return (the order's latest)
        Entry(name: "return.rma_number", source: .record, summary: "return (RMA) number", example: "RMA-2026-0042"),
        Entry(name: "return.refund_amount", source: .record, summary: "amount being refunded", example: "¥128.00"),
        // desk
        Entry(name: "agent.name", source: .record, summary: "the replying agent's display name", example: "Lin / 小林"),
        Entry(name: "shop.name", source: .record, summary: "the shop's name", example: "Hearth & Home"),
        Entry(name: "shop.signature", source: .record, summary: "the shop's signature in the reply's language (settings: shop.signature)",
              example: "— Hearth & Home, here 9–21"),
        Entry(name: "today", source: .record, summary: "today's date in the shop's time zone", example: "22 Nov 2026 / 2026年11月22日"),
        // extras: typed in by the agent
        Entry(name: "coupon.code", source: .extra, summary: "coupon code to give", example: "SORRY15"),
        Entry(name: "coupon.discount", source: .extra, summary: "what the coupon takes off", example: "15% / ¥20"),
        Entry(name: "coupon.expiry", source: .extra, summary: "last day the coupon works", example: "31 Dec 2026"),
        Entry(name: "new_date", source: .extra, summary: "new date promised (delivery, replacement, follow-up)", example: "25 Nov 2026"),
        Entry(name: "refund.days", source: .extra, summary: "days a refund takes to show", example: "3–5"),
        Entry(name: "review.link", source: .extra, summary: "link to the review page", example: "https://…"),
        Entry(name: "guide.link", source: .extra, summary: "link to a how-to guide or video", example: "https://…"),
        Entry(name: "return.address", source: .extra, summary: "where returns go", example: "Returns, 88 Lane 5, Hangzhou"),
        Entry(name: "resolution", source: .extra, summary: "what the agent is doing to fix it, one sentence", example: "a replacement ships today"),
    ]

    /// Names filled from records.
    public static let known: Set<String> = Set(entries.filter { $0.source == .record }.map(\.name))
    /// Declared names the agent supplies.
    public static let extras: Set<String> = Set(entries.filter { $0.source == .extra }.map(\.name))

    public static func isDeclared(_ name: String) -> Bool { known.contains(name) || extras.contains(name) }

    public static func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// The placeholder names a body uses (variables and sections), unique, in order of first use.
    public static func names(inBody body: String, template: String = "template") throws(TemplateSyntaxError) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for tag in try TemplateSyntax.tags(in: body, template: template) where tag.usesPlaceholder {
            if seen.insert(tag.name).inserted { names.append(tag.name) }
        }
        return names
    }

    /// The placeholder names `template` uses, unique, in order of first use.
    public static func names(in template: ReplyTemplate) throws(TemplateSyntaxError) -> [String] {
        try names(inBody: template.body, template: template.name)
    }

    /// Placeholder tags in `body` whose names are neither known nor declared extras, each with a
    /// close declared name when there is one (a likely typo).
    public static func undeclared(inBody body: String, template: String = "template") throws(TemplateSyntaxError) -> [UndeclaredPlaceholder] {
        var seen = Set<String>()
        var result: [UndeclaredPlaceholder] = []
        for tag in try TemplateSyntax.tags(in: body, template: template) where tag.usesPlaceholder && !isDeclared(tag.name) {
            guard seen.insert(tag.name).inserted else { continue }
            result.append(UndeclaredPlaceholder(name: tag.name, line: tag.line, suggestion: closestDeclared(to: tag.name)))
        }
        return result
    }

    /// The declared name nearest to `name` by edit distance, if it is close enough to be a typo.
    public static func closestDeclared(to name: String) -> String? {
        var best: (String, Int)?
        for entry in entries {
            let d = editDistance(name, entry.name)
            if d <= max(2, entry.name.count / 4), best == nil || d < best!.1 { best = (entry.name, d) }
        }
        return best?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// A placeholder a template uses that no record fills and that is not a declared extra.
public struct UndeclaredPlaceholder: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    /// Line in the body (or in the file, when reported by `TemplateFile.check`).
    public var line: Int
    /// A declared name it probably meant.
    public var suggestion: String?

    public init(name: String, line: Int, suggestion: String?) {
        self.name = name
        self.line = line
        self.suggestion = suggestion
    }

    public var description: String {
        "line \(line): {{\(name)}} is not a known placeholder" + (suggestion.map { " (did you mean {{\($0)}}?)" } ?? "")
            + "; it will only be filled if passed as an extra"
    }
}
