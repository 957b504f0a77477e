import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List tickets in inbox order (breached and nearest to breach first).",
        discussion: "Without --status, shows the active tickets (new, open, pending, on-hold).")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only these statuses (repeat or comma-separate): new, open, pending, on_hold, solved, closed.")
    var status: [String] = []
    @Option(help: "urgent, high, normal or low.") var priority: Priority?
    @Option(help: "A triage category, e.g. damaged, not_received, return_refund.") var category: TicketCategory?
    @Option(help: "An agent's login, 'me', or 'none' for unassigned.") var assignee: String?
    @Option(help: "email, wechat, xiaohongshu, marketplace, phone or web.") var channel: Channel?
    @Option(help: "Only tickets with this tag.") var tag: String?
    @Flag(help: "Only tickets whose SLA clock is past due.") var breached = false
    @Option(help: "Full-text search in subjects and messages (Chinese or English); newest first.") var search: String?
    @Option(help: "At most this many tickets (0: all, streamed page by page).") var limit = 50

    func run() throws {
        let store = try storeOptions.open(.readOnly)
        let now = Clock.now()
        let filter = try InboxFilter(
            statuses: parseStatuses(status), priority: priority, category: category,
            assignee: assignee.map(parseAssignee), channel: channel, tag: tag, breachedOnly: breached,
            search: search)
        if search != nil && !filter.searchHasTerms {
            throw CLIError(description: "--search needs at least one letter, digit or Chinese character")
        }
        var cursor: InboxCursor?
        var printed = 0
        // JSON is streamed as one array, a page at a time, so `--limit 0` never holds the desk.
        if output.json { Output.raw("[") }
        let pageSize = limit == 0 ? 500 : min(limit, 500)
        repeat {
            let page = try store.inboxPage(filter, after: cursor, limit: limit == 0 ? pageSize : min(pageSize, limit - printed), now: now)
            if output.json {
                var chunk = ""
                for (index, row) in page.rows.enumerated() {
                    chunk += (printed + index == 0 ? "" : ",") + (try Output.jsonText(TicketJSON(row, policy: store.settings.sla, now: now)))
                }
                Output.raw(chunk)
            } else {
                if !page.rows.isEmpty {
                    let lines = TicketText.table(page.rows, policy: store.settings.sla, now: now, width: Output.width())
                    // The header is printed once, with the first page.
                    for line in (printed == 0 ? lines : Array(lines.dropFirst(2))) { Output.line(line) }
                }
            }
            printed += page.rows.count
            cursor = page.next
        } while cursor != nil && (limit == 0 || printed < limit)
        if output.json {
            Output.line("]")
        } else if printed == 0 {
            Output.line("no tickets match")
        }
    }
}

func parseStatuses(_ values: [String]) throws -> [TicketStatus]? {
    let names = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "-", with: "_") }
    if names.isEmpty { return nil }
    return try names.map { name in
        if name == "all" { return nil }
        guard let status = TicketStatus(rawValue: name) else {
            throw CLIError(description: "unknown status '\(name)' (expected \(TicketStatus.allCases.map(\.rawValue).joined(separator: ", ")))", exitCode: ExitCodes.usage)
        }
        return status
    }.compactMap { $0 }.nilIfEmpty ?? TicketStatus.allCases
}

func parseAssignee(_ value: String) -> InboxFilter.AssigneeFilter {
    switch value {
    case "none", "unassigned", "-": .unassigned
    case "me": .agent(AgentIdentity.current().login)
    default: .agent(value)
    }
}

extension Array {
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
