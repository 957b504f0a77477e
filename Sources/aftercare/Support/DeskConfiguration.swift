import AftercareCore
import AftercareSQLite
import AftercareStore
import Foundation

/// The rules a desk runs on. Defaults come from the domain module; the triage keyword rules can
/// be overridden by a TOML file (see README, "Triage rules").
enum DeskConfiguration {
    static func rules() throws -> DeskRules {
        var rules = DeskRules.standard
        if let file = triageRulesFile() {
            rules.triage = try TriageRulesFile.load(path: file)
        }
        return rules
    }

    /// `$AFTERCARE_TRIAGE_RULES`, else `$XDG_CONFIG_HOME/aftercare/triage.toml` when it exists.
    static func triageRulesFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["AFTERCARE_TRIAGE_RULES"], !explicit.isEmpty { return StoreLocation.expand(explicit) }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? StoreLocation.homeDirectory() + "/.config"
        let path = configHome + "/aftercare/triage.toml"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
