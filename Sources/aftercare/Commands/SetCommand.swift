import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change a ticket's status, priority, category, assignee, tags or department.",
        discussion: "All changes apply together in one transaction, or none does.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Ticket number.") var id: Int64
    @Option(help: "new, open, pending, on_hold, solved or closed.") var status: String?
    @Option(help: "urgent, high, normal or low (overrides triage).") var priority: Priority?
    @Option(help: "A triage category (overrides triage).") var category: TicketCategory?
    @Option(help: "An agent's login, 'me', or 'none'.") var assignee: String?
    @Option(help: "Add a tag (repeatable).") var tag: [String] = []
    @Option(help: "Remove a tag (repeatable).") var untag: [String] = []
    @Option(help: "Escalate to a department (logistics, quality, finance…), or 'none'.") var department: String?
    @Option(help: "Customer satisfaction answer, 1–5.") var csat: Int?
    @Option(help: "Net promoter answer, 0–10.") var nps: Int?
    @Option(help: "Fail with a conflict unless the ticket is still at this version.") var expectVersion: Int64?

    func run() throws {
        var changes: [TicketChange] = []
        if let status { changes.append(.setStatus(try parseStatus(status))) }
        if let priority { changes.append(.setPriority(priority)) }
        if let category { changes.append(.setCategory(category)) }
        if let assignee {
            switch assignee {
            case "none", "-": changes.append(.assign(nil))
            case "me": changes.append(.assign(AgentIdentity.current().login))
            default: changes.append(.assign(assignee))
            }
        }
        changes += tag.map { .addTag($0) }
        changes += untag.map { .removeTag($0) }
        if let department { changes.append(.setDepartment(department == "none" ? nil : department)) }
        if csat != nil || nps != nil { changes.append(.recordSatisfaction(csat: csat, nps: nps)) }
        guard !changes.isEmpty else { throw CLIError(description: "nothing to change: give --status, --priority, --category, --assignee, --tag, --untag, --department, --csat or --nps", exitCode: ExitCodes.usage) }
        let store = try storeOptions.open()
        let now = Clock.now()
        let ticket = try store.apply(changes, to: id, expectedVersion: expectVersion, by: AgentIdentity.current(), at: now)
        if output.json {
            try Output.json(TicketJSON(try store.summary(ticket: ticket.id), policy: store.settings.sla, now: now))
        } else {
            Output.line("#\(ticket.id) updated (version \(ticket.version)): status \(ticket.status.rawValue), priority \(ticket.priority.rawValue), category \(ticket.category.rawValue), assignee \(ticket.assignee ?? "none")")
        }
    }
}

func parseStatus(_ value: String) throws -> TicketStatus {
    guard let status = TicketStatus(rawValue: value.replacingOccurrences(of: "-", with: "_")) else {
        throw CLIError(description: "unknown status '\(value)' (expected \(TicketStatus.allCases.map(\.rawValue).joined(separator: ", ")))", exitCode: ExitCodes.usage)
    }
    return status
}
