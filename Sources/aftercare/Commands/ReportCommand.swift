import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The after-sales review: response and resolution times, SLA met, first-contact resolution, CSAT, NPS, top complaints, per agent.",
        discussion: "Counts tickets created in [--since, --until). Dates are YYYY-MM-DD in the desk's time zone.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "First day (inclusive), YYYY-MM-DD.") var since: String?
    @Option(help: "Last day (exclusive), YYYY-MM-DD.") var until: String?
    @Option(help: "Text language: en or zh.") var lang: Language = .en

    func run() throws {
        let store = try storeOptions.open(.readOnly)
        let policy = store.settings.sla
        let from = try since.map { try day($0, policy: policy) }
        let to = try until.map { try day($0, policy: policy) }
        if let from, let to, to <= from { throw CLIError(description: "--until must be after --since", exitCode: ExitCodes.usage) }
        let period: DateInterval? = (from != nil || to != nil)
            ? DateInterval(start: from ?? .distantPast, end: to ?? .distantFuture) : nil
        var metrics = DeskMetrics(policy: policy, now: Clock.now(), period: period)
        try store.forEachTicketFacts(createdFrom: from, to: to) { metrics.add($0) }
        let report = metrics.report()
        if output.json {
            try Output.json(report)
        } else {
            Output.line(report.text(language: lang))
        }
    }

    func day(_ text: String, policy: SLAPolicy) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: policy.calendar.timeZoneIdentifier) ?? .gmt
        formatter.dateFormat = "yyyy-MM-dd"
        guard let date = formatter.date(from: text) else {
            throw CLIError(description: "'\(text)' is not a date (YYYY-MM-DD)", exitCode: ExitCodes.usage)
        }
        return date
    }
}
