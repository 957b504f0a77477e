import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation
import AftercareInterchange

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import customers, orders, tickets and touchpoints from a JSON Lines file.",
        discussion: """
            Every line is checked first; if any line is bad, each bad line is reported with its number and \
            nothing is written. Records are matched by their external ids, so importing a file twice \
            changes nothing the second time. See README, "Import format".
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The .jsonl file ('-' reads standard input).") var file: String

    func run() throws {
        let parsed: ParsedInterchange
        switch InterchangeReader.parse(try InputFile.data(file)) {
        case let .failure(errors):
            throw CLIError(description: "\(InputFile.name(file)): \(errors.lines.count) bad line\(errors.lines.count == 1 ? "" : "s"), nothing imported:\n"
                           + errors.description, exitCode: ExitCodes.badData)
        case let .success(result):
            parsed = result
        }
        let store = try storeOptions.open(.createIfMissing)
        let lines = ImportLines(parsed)
        let summary = try store.importBatch(parsed.batch, mergedInto: parsed.ticketMergedInto, by: AgentIdentity.current(),
                                            at: Clock.now(), lineOf: { kind, id in lines.line(kind, id) })
        if output.json { try Output.json(summary); return }
        Output.line("""
            imported: customers +\(summary.customersAdded) (\(summary.customersUpdated) updated), \
            orders +\(summary.ordersAdded) (\(summary.ordersUpdated) updated), \
            tickets +\(summary.ticketsAdded) (\(summary.ticketsUpdated) updated), \
            messages +\(summary.messagesAdded), touchpoints +\(summary.touchpointsAdded)
            """)
    }
}

/// Line numbers of a parsed file's records, for the store to name in its errors.
struct ImportLines: Sendable {
    let customers: [String: Int]
    let orders: [String: Int]
    let tickets: [String: Int]

    init(_ parsed: ParsedInterchange) {
        customers = Dictionary(zip(parsed.batch.customers.map(\.externalId), parsed.customerLines), uniquingKeysWith: { a, _ in a })
        orders = Dictionary(zip(parsed.batch.orders.map(\.externalId), parsed.orderLines), uniquingKeysWith: { a, _ in a })
        tickets = Dictionary(zip(parsed.batch.tickets.map(\.ticket.externalId), parsed.ticketLines), uniquingKeysWith: { a, _ in a })
    }

    func line(_ kind: RecordKind, _ id: String) -> Int? {
        switch kind {
        case .customer: customers[id]
        case .order: orders[id]
        case .ticket: tickets[id]
        }
    }
}
