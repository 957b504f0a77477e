import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add an internal note to a ticket (never sent to the customer).")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "Ticket number.") var id: Int64
    @Option(help: "The note's text ('-' reads standard input).") var body: String
    @Option(help: "Also move the ticket to this status.") var status: String?
    @Option(help: "Fail with a conflict unless the ticket is still at this version (see `show --json`).") var expectVersion: Int64?

    func run() throws {
        let text = try MessageBody.read(body)
        let store = try storeOptions.open()
        let (ticket, message) = try store.addMessage(.note, body: text, to: id, setting: try status.map(parseStatus),
                                                     guard: expectVersion.map(WriteGuard.version) ?? .none,
                                                     by: AgentIdentity.current(), at: Clock.now())
        Output.line("note #\(message.id) added to #\(ticket.id) (status \(ticket.status.rawValue))")
    }
}

/// Message text from a flag, or from standard input with `-`. Empty messages are refused.
enum MessageBody {
    static func read(_ flag: String) throws -> String {
        var text = flag
        if flag == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CLIError(description: "the message is empty", exitCode: ExitCodes.usage) }
        return text
    }
}
