import AftercareCore

/// Writes desk settings as their canonical TOML text: every key, in a fixed order, one layout.
/// Reading it back gives the same settings, and writing those gives the same bytes (export →
/// import → export is byte-identical). The comments are part of the form, so they are too.
struct SettingsWriter {
    private var out = ""

    static func write(_ settings: DeskSettings) -> String {
        var writer = SettingsWriter()
        writer.header()
        writer.shop(settings.shop)
        writer.calendar(settings.calendar)
        writer.serviceLevels(settings.serviceLevels)
        writer.loyalty(settings.loyalty)
        writer.followUps(settings.followUps)
        writer.triage(settings.triage)
        return writer.out
    }

    private mutating func header() {
        line("# Aftercare desk settings: one set for the whole desk, kept in the store.")
        line("# `aftercare settings import FILE` reads this form (keys it leaves out keep their values);")
        line("# `aftercare settings edit` opens it in $EDITOR. Durations are business time (\"1h\", \"30m\",")
        line("# \"2h30m\"); money is in the desk currency (\"500.00\"); dates are \"YYYY-MM-DD\".")
    }

    private mutating func shop(_ shop: ShopSettings) {
        section("shop")
        pair("name", quoted(shop.name))
        pair("default_language", quoted(shop.defaultLanguage.rawValue))
        pair("currency", quoted(shop.currency))
        section("shop.signature", comment: "Appended to replies in each language ({{shop.signature}}); \"\" for none.")
        for language in Language.allCases {
            pair(language.rawValue, quoted(shop.signature(for: language)))
        }
    }

    private mutating func calendar(_ calendar: CalendarSettings) {
        section("calendar", comment: "preset: \"cn-2026-2027\" (mainland China holidays and make-up working days) or \"none\".\n"
            + "A weekday left out of hours is closed; \"09:00-12:00,13:00-18:00\" is a day with a lunch break.")
        pair("timezone", quoted(calendar.timeZoneIdentifier))
        pair("preset", quoted(calendar.preset.rawValue))
        let hours = Weekday.allCases.compactMap { day in calendar.hours[day].map { "\(day.key) = \(quoted($0.description))" } }
        pair("hours", "{ " + hours.joined(separator: ", ") + " }")
        pair("holidays", list(calendar.holidays.sorted().map { quoted($0.description) }))
        pair("extra_workdays", list(calendar.extraWorkdays.sorted().map { quoted($0.description) }))
        if let hours = calendar.extraWorkdayHours { pair("extra_workday_hours", quoted(hours.description)) }
    }

    private mutating func serviceLevels(_ levels: ServiceLevels) {
        for priority in Priority.allCases {
            guard let targets = levels.targets[priority] else { continue }
            section("sla.\(priority.rawValue)", comment: priority == Priority.allCases.first
                ? "Targets per priority: first response, next reply (the customer wrote again), resolution." : nil)
            pair("first_response", quoted(SettingValues.duration(seconds: targets.firstResponseSeconds)))
            pair("next_reply", quoted(SettingValues.duration(seconds: targets.nextReplySeconds)))
            pair("resolution", quoted(SettingValues.duration(seconds: targets.resolutionSeconds)))
        }
        var first = true
        for category in TicketCategory.allCases {
            guard let cap = levels.categoryCaps[category] else { continue }
            section("sla.category.\(category.rawValue)", comment: first ? "Caps per category: the stricter of these and the priority's targets." : nil)
            first = false
            if let seconds = cap.firstResponseSeconds { pair("first_response", quoted(SettingValues.duration(seconds: seconds))) }
            if let seconds = cap.nextReplySeconds { pair("next_reply", quoted(SettingValues.duration(seconds: seconds))) }
            if let seconds = cap.resolutionSeconds { pair("resolution", quoted(SettingValues.duration(seconds: seconds))) }
        }
    }

    private mutating func loyalty(_ program: LoyaltyProgram) {
        section("loyalty", comment: "Points per unit of the desk currency spent; what a point is worth; referral discount (%).")
        pair("points_per_unit", String(program.pointsPerUnit))
        pair("point_value", quoted(SettingValues.money(minorUnits: program.pointValueMinor)))
        pair("referral_discount_percent", String(program.referralDiscountPercent))
        for (index, threshold) in program.thresholds.enumerated() {
            section("loyalty.\(threshold.tier.rawValue)", comment: index == 0
                ? "A tier is reached by orders OR lifetime spend; a tier with neither is never reached." : nil)
            if let orders = threshold.minOrders { pair("orders", String(orders)) }
            if let spend = threshold.minSpendMinor { pair("spend", quoted(SettingValues.money(minorUnits: spend))) }
        }
    }

    private mutating func followUps(_ policy: FollowUpPolicy) {
        section("followups", comment: "At most monthly_cap proactive messages of the counted kinds per customer in cap_window_days.\n"
            + "Steps: days since the order was placed, [from_day, to_day); a step without to_day has no end.")
        pair("monthly_cap", String(policy.maxTouchpoints))
        pair("cap_window_days", String(policy.capWindowDays))
        pair("counted_kinds", list(TouchpointKind.allCases.filter(policy.countedKinds.contains).map { quoted($0.rawValue) }))
        line("steps = [")
        for step in policy.steps {
            var fields = ["kind = \(quoted(step.kind.rawValue))", "from_day = \(step.fromDay)"]
            if step.toDay != Int.max { fields.append("to_day = \(step.toDay)") }
            line("    { " + fields.joined(separator: ", ") + " },")
        }
        line("]")
    }

    private mutating func triage(_ rules: TriageRules) {
        section("triage", comment: "The category comes from the classifier (`aftercare triage evaluate`); keyword rules are for what\n"
            + "must be certain (safety, a customer's own \"urgent\", angry wording). A rule with a category wins over\n"
            + "the classifier; when_category limits a rule to messages the classifier files there. A keyword ending\n"
            + "in * matches a word's beginning; keywords after a negation (\"not urgent\", \"没有冒烟\") do not count,\n"
            + "nor do keywords inside ignored_phrases (colour and style names).")
        pair("default_priority", quoted(rules.defaultPriority.rawValue))
        pair("vip_tier", quoted(rules.vipTier.rawValue))
        pair("shouting_raises_priority", rules.shoutingRaisesPriority ? "true" : "false")
        pair("ignored_phrases", list(rules.ignoredPhrases.map(quoted)))
        let floors = TicketCategory.allCases.compactMap { category in
            rules.categoryPriorities[category].map { "\(category.rawValue) = \(quoted($0.rawValue))" }
        }
        pair("category_priority", "{ " + floors.joined(separator: ", ") + " }")
        for rule in rules.rules {
            line("")
            line("[[triage.rules]]")
            pair("name", quoted(rule.name))
            pair("keywords", list(rule.keywords.map(quoted)))
            if let category = rule.category { pair("category", quoted(category.rawValue)) }
            if let priority = rule.priority { pair("priority", quoted(priority.rawValue)) }
            if rule.raisesPriority { pair("raises_priority", "true") }
            if let limit = rule.whenCategories {
                pair("when_category", list(TicketCategory.allCases.filter(limit.contains).map { quoted($0.rawValue) }))
            }
        }
    }

    // MARK: Layout

    private mutating func section(_ name: String, comment: String? = nil) {
        line("")
        if let comment {
            for text in comment.split(separator: "\n") { line("# " + text) }
        }
        line("[\(name)]")
    }

    private mutating func pair(_ key: String, _ value: String) { line("\(key) = \(value)") }

    private mutating func line(_ text: String) {
        out += text
        out += "\n"
    }

    private func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    /// A TOML basic string: `"` and `\` escaped, control and format characters (bidi overrides,
    /// zero-width marks) as \uXXXX (or \n, \t…), so an exported file shows what it holds.
    func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.properties.generalCategory == .format:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let width = scalar.value > 0xFFFF ? 8 : 4
                result += (width == 8 ? "\\U" : "\\u") + String(repeating: "0", count: width - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
