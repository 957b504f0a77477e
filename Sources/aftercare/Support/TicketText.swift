import AftercareCore
import AftercareStore
import Foundation
import TerminalKit

/// How tickets read as text on the command line (the console has its own views).
enum TicketText {
    static func age(of ticket: Ticket, now: Date) -> String {
        DurationText.short(seconds: Int64(now.timeIntervalSince(ticket.createdAt)))
    }

    static func customerCell(_ summary: TicketSummary) -> String {
        let tier = summary.customerTier
        return tier.isVIP ? "\(summary.customerName) ★\(tier.rawValue)" : summary.customerName
    }

    static func table(_ rows: [TicketSummary], policy: SLAPolicy, now: Date, width: Int) -> [String] {
        var table = TextTable(columns: [
            .init("ID", align: .right),
            .init("SLA", align: .right, maxWidth: 11),
            .init("PRI", maxWidth: 6),
            .init("STATUS", maxWidth: 7),
            .init("CATEGORY", maxWidth: 18),
            .init("CH", maxWidth: 4),
            .init("CUSTOMER", maxWidth: 22),
            .init("SUBJECT", minWidth: 10, flexible: true),
            .init("AGE", align: .right, maxWidth: 6),
            .init("ASSIGNEE", maxWidth: 10),
        ])
        for row in rows {
            let t = row.ticket
            table.append([
                "#\(t.id)", SLACell(ticket: t, policy: policy, now: now).text, t.priority.rawValue, t.status.rawValue,
                t.category.rawValue, t.channel.shortLabel, customerCell(row), t.subject, age(of: t, now: now),
                t.assignee ?? "-",
            ])
        }
        return table.renderLines(width: width)
    }
}
