import AftercareCore
import AftercareStore
import AftercareTriageExamples
import ArgumentParser
import Foundation

/// `aftercare triage …`: how the desk files and prioritises customer messages.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage", abstract: "Classify a message, measure the classifier, retrain it on agents' corrections.",
        discussion: """
            The category comes from a classifier trained on the labelled messages Aftercare ships and on the desk's own \
            corrections (every time an agent changes a ticket's category by hand). Keyword rules in the settings decide \
            what must be certain: safety words, a customer's own "urgent", angry wording (`aftercare settings`).
            """,
        subcommands: [TriageClassifyCommand.self, TriageEvaluateCommand.self, TriageRetrainCommand.self, TriageStatusCommand.self],
        defaultSubcommand: TriageClassifyCommand.self)
}

struct TriageClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify", abstract: "Show how the desk's triage files a message.",
        discussion: "Without a store, the shipped model and the default rules.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Subject line.") var subject = ""
    @Option(help: "Message text.") var body: String
    @Option(help: "The customer's loyalty tier: none, silver, gold or platinum.") var tier: String = "none"
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard let loyalty = LoyaltyTier(rawValue: tier) else {
            throw CLIError(description: "unknown tier '\(tier)' (expected none, silver, gold, platinum)", exitCode: ExitCodes.usage)
        }
        let triage = FileManager.default.fileExists(atPath: storeOptions.path)
            ? try storeOptions.open(.readOnly).triage()
            : Triage(rules: .standard, classifier: .train(ShippedTriageExamples.all))
        let result = triage.classify(subject: subject, body: body, tier: loyalty)
        let margin = triage.classifier.classify(subject + "\n" + body)?.margin
        if output.json {
            struct TriageJSON: Encodable {
                var category: String
                var priority: String
                var matchedRules: [String]
                var classifierMargin: Float?
            }
            try Output.json(TriageJSON(category: result.category.rawValue, priority: result.priority.rawValue,
                                       matchedRules: result.matchedRules, classifierMargin: margin))
        } else {
            Output.line("category \(result.category.rawValue) · priority \(result.priority.rawValue) · "
                        + (result.matchedRules.isEmpty ? "no rule matched" : "from: " + result.matchedRules.joined(separator: ", ")))
        }
    }
}

struct TriageRetrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrain", abstract: "Train the classifier on the shipped examples and every correction, and store it.",
        discussion: "The console also retrains when it starts and corrections are waiting.")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let started = DispatchTime.now()
        let status = try store.retrainTriage(by: AgentIdentity.current(), at: Clock.now())
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        Output.line("trained on \(status.examples) examples (\(status.corrections) of them agents' corrections) in "
                    + String(format: "%.1f", seconds) + " s")
    }
}

struct TriageStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "When the stored classifier was trained, and on what.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try storeOptions.open(.readOnly)
        let status = try store.triageModelStatus()
        if output.json { try Output.json(status); return }
        guard let at = status.trainedAt else {
            Output.line("no stored model yet: the first ticket trains one (or run `aftercare triage retrain`)")
            return
        }
        let time = DeskLocalTime(policy: store.settings.sla)
        Output.line("trained \(time.dateTime(at)) by \(status.trainedBy ?? "?") on \(status.examples) examples")
        Output.line("corrections: \(status.corrections) recorded, \(status.correctionsWaiting) not learnt yet"
                    + (status.shippedExamplesCurrent ? "" : "; this release ships new examples")
                    + (status.isStale ? " (run `aftercare triage retrain`)" : ""))
    }
}
