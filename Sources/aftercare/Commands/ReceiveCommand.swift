import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Record a customer's message: on an existing ticket (reopening it if pending or solved), or as a new, triaged ticket.",
        discussion: "Meant for channel bridges and scripts. A message on a closed ticket opens a follow-up ticket.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Existing ticket number the customer answered on.") var ticket: Int64?
    @Option(help: "Customer external id (for a new ticket).") var customer: String?
    @Option(help: "Order external id the new ticket is about.") var order: String?
    @Option(help: "Channel of a new ticket.") var channel: Channel = .web
    @Option(help: "Subject of a new ticket (default: the message's first line).") var subject: String?
    @Option(help: "The customer's message ('-' reads standard input).") var body: String

    func run() throws {
        let text = try MessageBody.read(body)
        let store = try storeOptions.open()
        let now = Clock.now()
        let saved: Ticket
        if let ticket {
            saved = try store.receiveInbound(body: text, on: ticket, at: now)
        } else if let customer {
            let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
            saved = try store.openTicket(customer: customer, order: order, channel: channel,
                                         subject: subject ?? String(firstLine.prefix(80)), body: text, at: now)
        } else {
            throw CLIError(description: "give --ticket N (a reply on a ticket) or --customer ID (a new ticket)", exitCode: ExitCodes.usage)
        }
        if output.json {
            try Output.json(TicketJSON(try store.summary(ticket: saved.id), policy: store.settings.sla, now: now))
        } else {
            Output.line("#\(saved.id) \(saved.status.rawValue) · \(saved.category.rawValue) · \(saved.priority.rawValue)")
        }
    }
}
