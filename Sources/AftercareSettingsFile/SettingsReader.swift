import AftercareCore
import Foundation
internal import TOMLKit

/// Reads the settings file's TOML into `DeskSettings`, checking every key: each unknown key and
/// each bad value becomes a problem naming the key (and its line, when there is a text). Keys
/// left out keep the values of `base`.
struct SettingsReader {
    private let lines: KeyLines?
    private(set) var problems: [SettingsProblem] = []

    init(lines: KeyLines?) { self.lines = lines }

    mutating func read(_ root: TOMLTable, over base: DeskSettings) -> DeskSettings {
        var settings = base
        let top = known(root, "", ["shop", "calendar", "sla", "loyalty", "followups", "triage"])
        if let table = subtable(top, "shop", "shop") { settings.shop = shop(table, over: base.shop) }
        if let table = subtable(top, "calendar", "calendar") { settings.calendar = calendar(table, over: base.calendar) }
        if let table = subtable(top, "sla", "sla") { settings.serviceLevels = serviceLevels(table, over: base.serviceLevels) }
        if let table = subtable(top, "loyalty", "loyalty") { settings.loyalty = loyalty(table, over: base.loyalty, currency: settings.shop.currency) }
        settings.loyalty.currency = settings.shop.currency
        if let table = subtable(top, "followups", "followups") { settings.followUps = followUps(table, over: base.followUps) }
        if let table = subtable(top, "triage", "triage") { settings.triage = triage(table, over: base.triage) }
        return settings
    }

    // MARK: Sections

    private mutating func shop(_ table: TOMLTable, over base: ShopSettings) -> ShopSettings {
        var shop = base
        known(table, "shop", ["name", "default_language", "currency", "signature"])
        if let name = string(table, "name", "shop.name") {
            if name.count > 200 || name.contains(where: \.isNewline) {
                problem("shop.name", "expected the shop's name on one line, at most 200 characters")
            } else {
                shop.name = name
            }
        }
        if let language = enumerated(table, "default_language", "shop.default_language", Language.self) { shop.defaultLanguage = language }
        if let currency = string(table, "currency", "shop.currency") {
            if currency.count == 3, currency.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) {
                shop.currency = currency
            } else {
                problem("shop.currency", "expected a three-letter ISO 4217 code such as \"CNY\" or \"USD\", got \"\(currency)\"")
            }
        }
        if let signatures = subtable(table, "signature", "shop.signature") {
            known(signatures, "shop.signature", Language.allCases.map(\.rawValue))
            for language in Language.allCases {
                let path = "shop.signature.\(language.rawValue)"
                guard let text = string(signatures, language.rawValue, path) else { continue }
                if text.count > 500 {
                    problem(path, "a signature has at most 500 characters (this one has \(text.count))")
                } else {
                    shop.signatures[language] = text.isEmpty ? nil : text
                }
            }
        }
        return shop
    }

    private mutating func calendar(_ table: TOMLTable, over base: CalendarSettings) -> CalendarSettings {
        var calendar = base
        known(table, "calendar", ["timezone", "preset", "hours", "holidays", "extra_workdays", "extra_workday_hours"])
        if let zone = string(table, "timezone", "calendar.timezone") {
            if CalendarSettings.isKnownTimeZone(zone) && !zone.isEmpty {
                calendar.timeZoneIdentifier = zone
            } else {
                problem("calendar.timezone", "unknown time zone \"\(zone)\" (expected an IANA name such as \"Asia/Shanghai\" or \"America/Los_Angeles\")")
            }
        }
        if let preset = string(table, "preset", "calendar.preset") {
            if let value = HolidayPreset(rawValue: preset) {
                calendar.preset = value
            } else {
                problem("calendar.preset", "unknown preset \"\(preset)\" (expected \(HolidayPreset.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")))")
            }
        }
        if let hours = subtable(table, "hours", "calendar.hours") {
            known(hours, "calendar.hours", Weekday.allCases.map(\.key))
            var week: [Weekday: DayHours] = [:]
            for day in Weekday.allCases {
                let path = "calendar.hours.\(day.key)"
                guard let text = string(hours, day.key, path) else { continue }
                if let parsed = dayHours(text, path) { week[day] = parsed }
            }
            if week.values.allSatisfy(\.isClosed) {
                problem("calendar.hours", "the desk is never open: give at least one weekday its hours, e.g. mon = \"09:00-18:00\"")
            }
            calendar.hours = week.filter { !$0.value.isClosed }
        }
        if let dates = dates(table, "holidays", "calendar.holidays") { calendar.holidays = dates }
        if let dates = dates(table, "extra_workdays", "calendar.extra_workdays") { calendar.extraWorkdays = dates }
        if let text = string(table, "extra_workday_hours", "calendar.extra_workday_hours") {
            calendar.extraWorkdayHours = dayHours(text, "calendar.extra_workday_hours")
        }
        return calendar
    }

    private mutating func serviceLevels(_ table: TOMLTable, over base: ServiceLevels) -> ServiceLevels {
        var levels = base
        known(table, "sla", Priority.allCases.map(\.rawValue) + ["category"])
        for priority in Priority.allCases {
            let path = "sla.\(priority.rawValue)"
            guard let section = subtable(table, priority.rawValue, path) else { continue }
            known(section, path, ["first_response", "next_reply", "resolution"])
            var targets = base.targets[priority] ?? SLAPolicy.fallbackTargets
            if let seconds = duration(section, "first_response", path) { targets.firstResponseSeconds = seconds }
            if let seconds = duration(section, "next_reply", path) { targets.nextReplySeconds = seconds }
            if let seconds = duration(section, "resolution", path) { targets.resolutionSeconds = seconds }
            levels.targets[priority] = targets
        }
        if let categories = subtable(table, "category", "sla.category") {
            known(categories, "sla.category", TicketCategory.allCases.map(\.rawValue))
            var caps: [TicketCategory: SLACap] = [:]
            for category in TicketCategory.allCases {
                let path = "sla.category.\(category.rawValue)"
                guard let section = subtable(categories, category.rawValue, path) else { continue }
                known(section, path, ["first_response", "next_reply", "resolution"])
                let cap = SLACap(firstResponseSeconds: duration(section, "first_response", path),
                                 nextReplySeconds: duration(section, "next_reply", path),
                                 resolutionSeconds: duration(section, "resolution", path))
                if cap != SLACap() { caps[category] = cap }
            }
            levels.categoryCaps = caps
        }
        return levels
    }

    private mutating func loyalty(_ table: TOMLTable, over base: LoyaltyProgram, currency: String) -> LoyaltyProgram {
        var program = base
        let tiers = LoyaltyTier.allCases.filter { $0 != .none }
        known(table, "loyalty", ["points_per_unit", "point_value", "referral_discount_percent"] + tiers.map(\.rawValue))
        if let points = integer(table, "points_per_unit", "loyalty.points_per_unit", 0...1000) { program.pointsPerUnit = points }
        if let value = money(table, "point_value", "loyalty.point_value") { program.pointValueMinor = value }
        if let percent = integer(table, "referral_discount_percent", "loyalty.referral_discount_percent", 0...100) {
            program.referralDiscountPercent = percent
        }
        var thresholds = base.thresholds
        for tier in tiers {
            let path = "loyalty.\(tier.rawValue)"
            guard let section = subtable(table, tier.rawValue, path) else { continue }
            known(section, path, ["orders", "spend"])
            let threshold = LoyaltyProgram.Threshold(
                tier: tier, minOrders: integer(section, "orders", path + ".orders", 0...1_000_000),
                minSpendMinor: money(section, "spend", path + ".spend"))
            if let index = thresholds.firstIndex(where: { $0.tier == tier }) {
                thresholds[index] = threshold
            } else {
                thresholds.append(threshold)
            }
        }
        program.thresholds = thresholds.sorted { $0.tier < $1.tier }
        return program
    }

    private mutating func followUps(_ table: TOMLTable, over base: FollowUpPolicy) -> FollowUpPolicy {
        var policy = base
        known(table, "followups", ["monthly_cap", "cap_window_days", "counted_kinds", "steps"])
        if let cap = integer(table, "monthly_cap", "followups.monthly_cap", 0...31) { policy.maxTouchpoints = cap }
        if let days = integer(table, "cap_window_days", "followups.cap_window_days", 1...366) { policy.capWindowDays = days }
        if let kinds = strings(table, "counted_kinds", "followups.counted_kinds") {
            var set = Set<TouchpointKind>()
            for (index, name) in kinds.enumerated() {
                if let kind = TouchpointKind(rawValue: name) {
                    set.insert(kind)
                } else {
                    problem("followups.counted_kinds[\(index)]", "unknown kind \"\(name)\" (expected \(Self.names(TouchpointKind.self)))")
                }
            }
            policy.countedKinds = set
        }
        if let value = table["steps"] {
            guard let array = value.array else {
                problem("followups.steps", "expected an array of { kind, from_day, to_day } tables")
                return policy
            }
            var steps: [FollowUpPolicy.Step] = []
            for index in 0..<array.count {
                let path = "followups.steps[\(index)]"
                guard let step = array[index].table else {
                    problem(path, "expected a table { kind = \"…\", from_day = N, to_day = N }")
                    continue
                }
                known(step, path, ["kind", "from_day", "to_day"])
                guard let kind = enumerated(step, "kind", path + ".kind", TouchpointKind.self) else {
                    if step["kind"] == nil { problem(path + ".kind", "missing: every step names its kind") }
                    continue
                }
                guard let from = integer(step, "from_day", path + ".from_day", 0...3650) else {
                    if step["from_day"] == nil { problem(path + ".from_day", "missing: every step has a first day") }
                    continue
                }
                var to = Int.max
                if step["to_day"] != nil {
                    guard let end = integer(step, "to_day", path + ".to_day", 1...3651) else { continue }
                    guard end > from else {
                        problem(path + ".to_day", "must be after from_day (\(from)), got \(end)")
                        continue
                    }
                    to = end
                }
                if steps.contains(where: { $0.kind == kind }) {
                    problem(path + ".kind", "\"\(kind.rawValue)\" is already a step")
                    continue
                }
                steps.append(FollowUpPolicy.Step(kind: kind, fromDay: from, toDay: to))
            }
            policy.steps = steps.sorted { $0.fromDay < $1.fromDay }
        }
        return policy
    }

    private mutating func triage(_ table: TOMLTable, over base: TriageRules) -> TriageRules {
        var rules = base
        known(table, "triage", ["default_priority", "vip_tier", "shouting_raises_priority", "ignored_phrases", "category_priority", "rules"])
        if let priority = enumerated(table, "default_priority", "triage.default_priority", Priority.self) { rules.defaultPriority = priority }
        if let tier = enumerated(table, "vip_tier", "triage.vip_tier", LoyaltyTier.self) { rules.vipTier = tier }
        if let flag = bool(table, "shouting_raises_priority", "triage.shouting_raises_priority") { rules.shoutingRaisesPriority = flag }
        if let phrases = strings(table, "ignored_phrases", "triage.ignored_phrases") {
            rules.ignoredPhrases = phrases.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        if let floors = subtable(table, "category_priority", "triage.category_priority") {
            known(floors, "triage.category_priority", TicketCategory.allCases.map(\.rawValue))
            var priorities: [TicketCategory: Priority] = [:]
            for category in TicketCategory.allCases {
                if let priority = enumerated(floors, category.rawValue, "triage.category_priority.\(category.rawValue)", Priority.self) {
                    priorities[category] = priority
                }
            }
            rules.categoryPriorities = priorities
        }
        if let value = table["rules"] {
            guard let array = value.array else {
                problem("triage.rules", "expected [[triage.rules]] tables")
                return rules
            }
            var list: [TriageRule] = []
            for index in 0..<array.count {
                let path = "triage.rules[\(index)]"
                guard let rule = array[index].table else {
                    problem(path, "expected a table with name, keywords, category, priority")
                    continue
                }
                known(rule, path, ["name", "keywords", "category", "priority", "raises_priority", "when_category"])
                guard let name = string(rule, "name", path + ".name"), !name.isEmpty else {
                    problem(path + ".name", "every rule has a name")
                    continue
                }
                if list.contains(where: { $0.name == name }) { problem(path + ".name", "a rule named \"\(name)\" comes earlier") }
                let keywords = strings(rule, "keywords", path + ".keywords") ?? []
                for (offset, keyword) in keywords.enumerated() where keyword.trimmingCharacters(in: .whitespaces).isEmpty {
                    problem(path + ".keywords[\(offset)]", "an empty keyword would match everything")
                }
                var limit: Set<TicketCategory>?
                if let names = strings(rule, "when_category", path + ".when_category") {
                    limit = []
                    for (offset, name) in names.enumerated() {
                        if let category = TicketCategory(rawValue: name) {
                            limit?.insert(category)
                        } else {
                            problem(path + ".when_category[\(offset)]", "unknown category \"\(name)\" (expected \(Self.names(TicketCategory.self)))")
                        }
                    }
                }
                list.append(TriageRule(
                    name: name, keywords: keywords,
                    category: enumerated(rule, "category", path + ".category", TicketCategory.self),
                    priority: enumerated(rule, "priority", path + ".priority", Priority.self),
                    raisesPriority: bool(rule, "raises_priority", path + ".raises_priority") ?? false, whenCategories: limit))
            }
            rules.rules = list
        }
        return rules
    }

    // MARK: Typed values

    private mutating func problem(_ path: String, _ message: String) {
        problems.append(SettingsProblem(line: lines?.line(of: path), key: path, message: message))
    }

    /// Reports the keys of `table` that are not `names`.
    @discardableResult
    private mutating func known(_ table: TOMLTable, _ path: String, _ names: [String]) -> TOMLTable {
        for key in table.keys.sorted() where !names.contains(key) {
            let full = path.isEmpty ? key : path + "." + key
            let close = names.filter { Self.editDistance($0, key) <= 2 }
            problem(full, "unknown key" + (close.isEmpty ? " (known here: \(names.joined(separator: ", ")))" : "; did you mean \(close[0])?"))
        }
        return table
    }

    private mutating func subtable(_ table: TOMLTable, _ key: String, _ path: String) -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else {
            problem(path, "expected a table, got \(Self.describe(value))")
            return nil
        }
        return inner
    }

    private mutating func string(_ table: TOMLTable, _ key: String, _ path: String) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else {
            problem(path, "expected a quoted string, got \(Self.describe(value))")
            return nil
        }
        return text
    }

    private mutating func strings(_ table: TOMLTable, _ key: String, _ path: String) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            problem(path, "expected an array of strings, got \(Self.describe(value))")
            return nil
        }
        var result: [String] = []
        for index in 0..<array.count {
            guard let text = array[index].string else {
                problem(path + "[\(index)]", "expected a quoted string, got \(Self.describe(array[index]))")
                continue
            }
            result.append(text)
        }
        return result
    }

    private mutating func bool(_ table: TOMLTable, _ key: String, _ path: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else {
            problem(path, "expected true or false, got \(Self.describe(value))")
            return nil
        }
        return flag
    }

    private mutating func integer(_ table: TOMLTable, _ key: String, _ path: String, _ bounds: ClosedRange<Int>) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else {
            problem(path, "expected a whole number \(bounds.lowerBound)–\(bounds.upperBound), got \(Self.describe(value))")
            return nil
        }
        guard bounds.contains(number) else {
            problem(path, "\(number) is out of range \(bounds.lowerBound)–\(bounds.upperBound)")
            return nil
        }
        return number
    }

    private mutating func enumerated<Value: RawRepresentable & CaseIterable>(
        _ table: TOMLTable, _ key: String, _ path: String, _ type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let text = string(table, key, path) else { return nil }
        guard let value = Value(rawValue: text) else {
            problem(path, "unknown value \"\(text)\" (expected \(Self.names(type)))")
            return nil
        }
        return value
    }

    private mutating func duration(_ table: TOMLTable, _ key: String, _ path: String) -> Int64? {
        guard let text = string(table, key, path + "." + key) else { return nil }
        guard let seconds = SettingValues.duration(text) else {
            problem(path + "." + key, "\"\(text)\" is not a duration (expected business time such as \"1h\", \"30m\", \"2h30m\")")
            return nil
        }
        let bounds = SettingValues.durationBounds
        guard bounds.contains(seconds) else {
            problem(path + "." + key, "\"\(text)\" is out of range 1m–\(bounds.upperBound / 3600)h")
            return nil
        }
        return seconds
    }

    private mutating func money(_ table: TOMLTable, _ key: String, _ path: String) -> Int64? {
        guard let value = table[key] else { return nil }
        let minor: Int64?
        if let number = value.int {
            let (product, overflow) = Int64(number).multipliedReportingOverflow(by: 100)
            minor = overflow ? nil : product
        } else if let text = value.string {
            minor = SettingValues.money(text)
        } else {
            minor = nil
        }
        guard let minor, SettingValues.moneyBounds.contains(minor) else {
            problem(path, "expected an amount in the desk currency from \"0.00\" to \"\(SettingValues.money(minorUnits: SettingValues.moneyBounds.upperBound))\", got \(Self.describe(value))")
            return nil
        }
        return minor
    }

    private mutating func dayHours(_ text: String, _ path: String) -> DayHours? {
        do {
            return try DayHours(parsing: text)
        } catch {
            problem(path, "\"\(text)\" is not opening hours (expected \"09:00-18:00\" or \"09:00-12:00,13:00-18:00\", each span ending after it starts, none overlapping)")
            return nil
        }
    }

    /// Dates as "YYYY-MM-DD" strings or TOML local dates.
    private mutating func dates(_ table: TOMLTable, _ key: String, _ path: String) -> Set<LocalDate>? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            problem(path, "expected an array of dates such as [\"2026-12-25\"], got \(Self.describe(value))")
            return nil
        }
        guard array.count <= Self.maximumDates else {
            problem(path, "\(array.count) dates; a desk lists at most \(Self.maximumDates)")
            return nil
        }
        var result = Set<LocalDate>()
        for index in 0..<array.count {
            let element = array[index]
            var date: LocalDate?
            if let text = element.string {
                date = LocalDate(parsing: text)
            } else if let toml = element.date {
                date = LocalDate(year: Int(toml.year), month: Int(toml.month), day: Int(toml.day))
            }
            guard let date else {
                problem(path + "[\(index)]", "\(Self.describe(element)) is not a date (expected \"YYYY-MM-DD\", a day that exists, 1900–2999)")
                continue
            }
            result.insert(date)
        }
        return result
    }

    /// Holidays and make-up days a desk may list (decades of them; more is a mistake).
    static let maximumDates = 2000

    // MARK: Wording

    private static func names<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> String where Value.RawValue == String {
        type.allCases.map(\.rawValue).joined(separator: "|")
    }

    static func describe(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "\"\(value.string ?? "")\""
        case .int: "the number \(value.int ?? 0)"
        case .double: "the number \(value.double ?? 0)"
        case .bool: value.bool == true ? "true" : "false"
        case .table: "a table"
        case .array: "an array"
        default: "a \(value.type)"
        }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
