import AftercareConsole
import Foundation
import NcursesTerminal

/// What the console needs that can be wrong on the command line or in the environment, prepared
/// (and refused with one line) before the terminal is touched.
struct ConsoleSetup {
    var theme: Theme
    var keyMap: KeyMap
    var keyWarnings: [String]
    var noColor: Bool
    var environment: [String: String]

    static func prepare(_ options: ConsoleOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ConsoleSetup {
        do {
            try TerminalRequirements.check(environment: environment)
        } catch let error as TerminalRequirementError {
            throw CLIError(description: error.description, exitCode: ExitCodes.unusableTerminal)
        }
        // https://no-color.org: present and not empty.
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let theme = try loadTheme(options.theme, environment: environment)
        let (keyMap, warnings) = try loadKeyMap(options.keys, environment: environment)
        return ConsoleSetup(theme: theme, keyMap: keyMap, keyWarnings: warnings, noColor: noColor, environment: environment)
    }

    static func loadTheme(_ nameOrPath: String?, environment: [String: String]) throws -> Theme {
        let directory = themesDirectory(environment: environment)
        do {
            return try Theme.load(nameOrPath: nameOrPath.map(StoreLocation.expand) ?? "default", themesDirectory: directory)
        } catch {
            // No --theme: a broken or missing Themes/default.toml must not stop the console.
            guard nameOrPath != nil else { return BuiltInThemes.default }
            throw CLIError(description: "theme: \(error)", exitCode: ExitCodes.failure)
        }
    }

    /// `--keys PATH`, else `$XDG_CONFIG_HOME/aftercare/keys.toml` when it exists.
    static func loadKeyMap(_ path: String?, environment: [String: String]) throws -> (KeyMap, [String]) {
        var file = path.map(StoreLocation.expand)
        if file == nil {
            let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
                ?? StoreLocation.homeDirectory() + "/.config"
            let candidate = configHome + "/aftercare/keys.toml"
            if FileManager.default.fileExists(atPath: candidate) { file = candidate }
        }
        guard let file else { return try KeyMap.load(userFileText: nil) }
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw CLIError(description: "cannot read the keymap \(file): \((error as NSError).localizedDescription)", exitCode: ExitCodes.failure)
        }
        do {
            let (map, warnings) = try KeyMap.load(userFileText: text)
            return (map, warnings)
        } catch {
            throw CLIError(description: "\(file): \(error)", exitCode: ExitCodes.failure)
        }
    }

    /// `$AFTERCARE_THEMES`; else a `Themes/` directory beside the binary or above it (the repository
    /// a development build runs from); else `<prefix>/share/aftercare/themes` for an installed one.
    static func themesDirectory(environment: [String: String]) -> String {
        if let explicit = environment["AFTERCARE_THEMES"], !explicit.isEmpty { return StoreLocation.expand(explicit) }
        let fm = FileManager.default
        let executable = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Themes", "share/aftercare/themes"] {
                let path = dir.appendingPathComponent(candidate).path
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
            }
            dir.deleteLastPathComponent()
        }
        return fm.currentDirectoryPath + "/Themes"
    }
}
