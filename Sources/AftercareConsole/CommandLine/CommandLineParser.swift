import AftercareCore

/// The `:` line's arguments: statuses, categories and views as agents type them ("hold",
/// "on-hold", a category's Chinese or English label, "view late").
enum CommandLineParser {
    static func status(_ text: String) -> TicketStatus? {
        let t = text.lowercased().replacingOccurrences(of: "-", with: "_")
        if t == "hold" || t == "onhold" { return .onHold }
        return TicketStatus(rawValue: t)
    }

    static func category(_ text: String) -> TicketCategory? {
        let t = text.lowercased().replacingOccurrences(of: "-", with: "_")
        return TicketCategory(rawValue: t) ?? TicketCategory.allCases.first { $0.label(in: .zh) == text || $0.label(in: .en) == text.lowercased() }
    }

    static func view(_ args: [String]) -> InboxView? {
        guard let first = args.first?.lowercased() else { return nil }
        switch first {
        case "all", "open": return .allOpen
        case "mine", "me": return .mine
        case "unassigned": return .unassigned
        case "breached", "late": return .breached
        case "status": return args.count == 2 ? status(args[1]).map(InboxView.status) : nil
        case "category", "cat": return args.count == 2 ? category(args[1]).map(InboxView.category) : nil
        case "channel": return args.count == 2 ? Channel(rawValue: args[1].lowercased()).map(InboxView.channel) : nil
        default:
            if let s = status(first) { return .status(s) }
            if let c = category(first) { return .category(c) }
            if let ch = Channel(rawValue: first) { return .channel(ch) }
            return nil
        }
    }
}
