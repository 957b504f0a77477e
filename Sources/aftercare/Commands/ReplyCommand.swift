import AftercareCore
import AftercareStore
import AftercareTemplates
import ArgumentParser
import Foundation

struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply", abstract: "Send a reply to the customer: typed, or a canned template filled from the ticket.",
        discussion: """
            A template placeholder that cannot be filled from the ticket, customer, order or your --set values \
            is reported by name and nothing is sent.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "Ticket number.") var id: Int64
    @Option(help: "Template name (see `aftercare templates list`).") var template: String?
    @Option(help: "Template language, zh or en (default: the ticket's).") var lang: Language?
    @Option(name: .customLong("set"), help: "Fill a placeholder by hand: name=value (repeatable), e.g. coupon.code=VIP15.")
    var values: [String] = []
    @Option(help: "The reply's text ('-' reads standard input).") var body: String?
    @Option(help: "Also move the ticket to this status (e.g. pending: waiting on the customer).") var status: String?
    @Flag(help: "Print the reply that would be sent, and send nothing.") var dryRun = false
    @Option(help: ArgumentHelp(
        "Fail with a conflict unless the ticket is still at this version (see `show --json`).",
        discussion: "Without it the reply is refused only if someone answered the ticket while the template was filled."))
    var expectVersion: Int64?

    func validate() throws {
        if (template == nil) == (body == nil) { throw ValidationError("give exactly one of --template NAME or --body TEXT") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let now = Clock.now()
        let agent = AgentIdentity.current()
        let detail = try store.detail(ticket: id)
        let text: String
        if let template {
            let chosen = try store.template(named: template, language: lang ?? detail.ticket.language)
            let rendered = try ReplyDrafting.render(chosen, for: detail, agent: agent, extras: try ReplyDrafting.extras(values), store: store, now: now)
            if dryRun && !rendered.isSendable {
                Output.untrustedBlock(rendered.text)  // show the holes («name») before refusing
            }
            text = try rendered.sendableText()
        } else {
            text = try MessageBody.read(body ?? "")
        }
        if dryRun {
            Output.untrustedBlock(text)
            return
        }
        let writeGuard: WriteGuard = expectVersion.map(WriteGuard.version) ?? .unansweredSince(detail.ticket.version)
        let (ticket, message) = try store.addMessage(.reply, body: text, to: id, setting: try status.map(parseStatus),
                                                     guard: writeGuard, by: agent, at: now)
        Output.line("reply #\(message.id) added to #\(ticket.id) for the customer (status \(ticket.status.rawValue))")
    }
}
