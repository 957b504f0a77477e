import AftercareCore
import AftercareStore
import Foundation

/// `settings show`: the settings as a person reads them.
enum SettingsSummary {
    static func lines(_ s: DeskSettings, version: Int64, last: SettingsRevision?) -> [String] {
        let time = DeskLocalTime(policy: s.sla)
        var out: [String] = []
        var origin = version == 0 ? "defaults (never saved)" : "version \(version)"
        if let last { origin += " · saved by \(last.agent) \(time.dateTime(last.at))" }
        out.append("Desk settings: " + origin)
        out.append("")
        out.append("Shop       \(s.shop.name.isEmpty ? "(no name)" : s.shop.name) · writes in \(s.shop.defaultLanguage.rawValue) by default · counts in \(s.shop.currency)")
        for language in Language.allCases {
            let signature = s.shop.signature(for: language)
            if !signature.isEmpty { out.append("           signature (\(language.rawValue)): " + signature.replacingOccurrences(of: "\n", with: " / ")) }
        }
        let calendar = s.calendar
        out.append("Calendar   \(calendar.timeZoneIdentifier) · holidays: \(calendar.preset == .none ? "none preset" : calendar.preset.rawValue)"
                   + (calendar.holidays.isEmpty ? "" : " + \(calendar.holidays.count) of the desk's own")
                   + (calendar.extraWorkdays.isEmpty ? "" : " · \(calendar.extraWorkdays.count) extra working days"))
        for day in Weekday.allCases {
            out.append("           \(day.key)  " + (calendar.hours[day]?.description ?? "closed"))
        }
        out.append("")
        out.append("SLA        priority  first response  next reply  resolution   (business time)")
        for priority in Priority.allCases {
            let t = s.serviceLevels.targets[priority] ?? SLAPolicy.fallbackTargets
            out.append("           " + pad(priority.rawValue, 10) + pad(hours( t.firstResponseSeconds), 16)
                       + pad(hours( t.nextReplySeconds), 12) + hours( t.resolutionSeconds))
        }
        for category in TicketCategory.allCases {
            guard let cap = s.serviceLevels.categoryCaps[category] else { continue }
            let parts = [cap.firstResponseSeconds.map { "first response ≤ \(hours( $0))" },
                         cap.nextReplySeconds.map { "next reply ≤ \(hours( $0))" },
                         cap.resolutionSeconds.map { "resolution ≤ \(hours( $0))" }].compactMap { $0 }
            out.append("           \(category.rawValue): " + parts.joined(separator: ", "))
        }
        out.append("")
        let loyalty = s.loyalty
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: s.shop.currency).formatted }
        out.append("Loyalty    \(loyalty.pointsPerUnit) point(s) per 1 \(s.shop.currency) · a point is worth \(money(loyalty.pointValueMinor))"
                   + " · referrals \(loyalty.referralDiscountPercent)% off both sides")
        for threshold in loyalty.thresholds {
            let ways = [threshold.minOrders.map { "\($0)+ orders" }, threshold.minSpendMinor.map { money($0) + "+ spent" }].compactMap { $0 }
            out.append("           \(pad(threshold.tier.rawValue, 9))" + (ways.isEmpty ? "never reached" : ways.joined(separator: " or ")))
        }
        out.append("")
        let follow = s.followUps
        out.append("Follow-ups at most \(follow.maxTouchpoints) per customer in \(follow.capWindowDays) days, counting "
                   + TouchpointKind.allCases.filter(follow.countedKinds.contains).map(\.rawValue).joined(separator: ", "))
        for step in follow.steps {
            let days = step.toDay == Int.max ? "day \(step.fromDay) on" : step.toDay - step.fromDay == 1 ? "day \(step.fromDay)" : "days \(step.fromDay)–\(step.toDay - 1)"
            out.append("           \(pad(step.kind.rawValue, 19))" + days)
        }
        out.append("")
        out.append("Triage     default priority \(s.triage.defaultPriority.rawValue) · \(s.triage.vipTier.rawValue) and above rank higher"
                   + (s.triage.shoutingRaisesPriority ? " · shouting raises priority" : ""))
        out.append("           rules: " + s.triage.rules.map { "\($0.name) (\($0.keywords.count))" }.joined(separator: ", "))
        return out
    }

    /// Business time as hours and minutes ("24h", "2h30m"): a "day" would read as a calendar day.
    private static func hours(_ seconds: Int64) -> String {
        let minutes = seconds / 60
        return minutes % 60 == 0 ? "\(minutes / 60)h" : minutes < 60 ? "\(minutes)m" : "\(minutes / 60)h\(minutes % 60)m"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}

/// `settings show --json`: keys as the settings file names them.
struct SettingsJSON: Encodable {
    var version: Int64
    var changedBy: String?
    var changedAt: Date?
    var shop: Shop
    var calendar: CalendarJSON
    var sla: [String: Targets]
    var slaCategory: [String: Targets]
    var loyalty: LoyaltyJSON
    var followups: FollowUps
    var triage: TriageJSON

    struct Shop: Encodable {
        var name: String
        var defaultLanguage: String
        var currency: String
        var signature: [String: String]
    }

    struct CalendarJSON: Encodable {
        var timezone: String
        var preset: String
        var hours: [String: String]
        var holidays: [String]
        var extraWorkdays: [String]
        var extraWorkdayHours: String?
    }

    /// Seconds of business time.
    struct Targets: Encodable {
        var firstResponse: Int64?
        var nextReply: Int64?
        var resolution: Int64?
    }

    struct LoyaltyJSON: Encodable {
        var pointsPerUnit: Int
        var pointValue: Int64
        var referralDiscountPercent: Int
        var tiers: [String: Tier]

        struct Tier: Encodable {
            var orders: Int?
            var spend: Int64?
        }
    }

    struct FollowUps: Encodable {
        var monthlyCap: Int
        var capWindowDays: Int
        var countedKinds: [String]
        var steps: [Step]

        struct Step: Encodable {
            var kind: String
            var fromDay: Int
            var toDay: Int?
        }
    }

    struct TriageJSON: Encodable {
        var defaultPriority: String
        var vipTier: String
        var shoutingRaisesPriority: Bool
        var rules: [String]
    }

    init(_ s: DeskSettings, version: Int64, changedBy: String?, changedAt: Date?) {
        self.version = version
        self.changedBy = changedBy
        self.changedAt = changedAt
        shop = Shop(name: s.shop.name, defaultLanguage: s.shop.defaultLanguage.rawValue, currency: s.shop.currency,
                    signature: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, s.shop.signature(for: $0)) }))
        calendar = CalendarJSON(
            timezone: s.calendar.timeZoneIdentifier, preset: s.calendar.preset.rawValue,
            hours: Dictionary(uniqueKeysWithValues: s.calendar.hours.map { ($0.key.key, $0.value.description) }),
            holidays: s.calendar.holidays.sorted().map(\.description), extraWorkdays: s.calendar.extraWorkdays.sorted().map(\.description),
            extraWorkdayHours: s.calendar.extraWorkdayHours?.description)
        sla = Dictionary(uniqueKeysWithValues: s.serviceLevels.targets.map {
            ($0.key.rawValue, Targets(firstResponse: $0.value.firstResponseSeconds, nextReply: $0.value.nextReplySeconds,
                                      resolution: $0.value.resolutionSeconds))
        })
        slaCategory = Dictionary(uniqueKeysWithValues: s.serviceLevels.categoryCaps.map {
            ($0.key.rawValue, Targets(firstResponse: $0.value.firstResponseSeconds, nextReply: $0.value.nextReplySeconds,
                                      resolution: $0.value.resolutionSeconds))
        })
        loyalty = LoyaltyJSON(
            pointsPerUnit: s.loyalty.pointsPerUnit, pointValue: s.loyalty.pointValueMinor,
            referralDiscountPercent: s.loyalty.referralDiscountPercent,
            tiers: Dictionary(uniqueKeysWithValues: s.loyalty.thresholds.map {
                ($0.tier.rawValue, LoyaltyJSON.Tier(orders: $0.minOrders, spend: $0.minSpendMinor))
            }))
        followups = FollowUps(
            monthlyCap: s.followUps.maxTouchpoints, capWindowDays: s.followUps.capWindowDays,
            countedKinds: TouchpointKind.allCases.filter(s.followUps.countedKinds.contains).map(\.rawValue),
            steps: s.followUps.steps.map { .init(kind: $0.kind.rawValue, fromDay: $0.fromDay, toDay: $0.toDay == Int.max ? nil : $0.toDay) })
        triage = TriageJSON(defaultPriority: s.triage.defaultPriority.rawValue, vipTier: s.triage.vipTier.rawValue,
                            shoutingRaisesPriority: s.triage.shoutingRaisesPriority, rules: s.triage.rules.map(\.name))
    }
}
