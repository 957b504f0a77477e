import AftercareCore
import Foundation
import TOMLKit

/// Reads a triage rules TOML file (README, "Triage rules"). Its rules extend the defaults unless
/// it says `mode = "replace"`. A bad file stops the command with the file, and why.
enum TriageRulesFile {
    static func load(path: String) throws -> TriageRules {
        let text = try readText(path)
        do {
            let table = try TOMLTable(string: text)
            let rules = try TOMLDecoder().decode(TriageRules.self, from: table)
            return rules.resolved(over: .standard)
        } catch let error as TOMLParseError {
            throw CLIError(description: "\(path): line \(error.source.begin.line): \(error.description)", exitCode: ExitCodes.badConfiguration)
        } catch let error as DecodingError {
            throw CLIError(description: "\(path): \(describe(error))", exitCode: ExitCodes.badConfiguration)
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context)): \(context.debugDescription)"
        case let .keyNotFound(key, context):
            return "\(path(context)): missing key '\(key.stringValue)'"
        @unknown default:
            return "\(error)"
        }
    }
}
