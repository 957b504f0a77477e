import AftercareCore
import ArgumentParser
import Foundation

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage", abstract: "Show how the desk's triage classifies a message.",
        discussion: "The rules are the desk's settings (`aftercare settings`); without a store, the defaults.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Subject line.") var subject = ""
    @Option(help: "Message text.") var body: String
    @Option(help: "The customer's loyalty tier: none, silver, gold or platinum.") var tier: String = "none"
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard let loyalty = LoyaltyTier(rawValue: tier) else {
            throw CLIError(description: "unknown tier '\(tier)' (expected none, silver, gold, platinum)", exitCode: ExitCodes.usage)
        }
        let rules = FileManager.default.fileExists(atPath: storeOptions.path)
            ? try storeOptions.open().settings.triage : DeskSettings.standard.triage
        let result = Triage.classify(subject: subject, body: body, tier: loyalty, rules: rules)
        if output.json {
            struct TriageJSON: Encodable { var category: String; var priority: String; var matchedRules: [String] }
            try Output.json(TriageJSON(category: result.category.rawValue, priority: result.priority.rawValue, matchedRules: result.matchedRules))
        } else {
            Output.line("category \(result.category.rawValue) · priority \(result.priority.rawValue) · rules: "
                        + (result.matchedRules.isEmpty ? "none matched" : result.matchedRules.joined(separator: ", ")))
        }
    }
}
