import AftercareConsole
import Foundation
import Testing
import TerminalKit

@Suite struct ThemeFileTests {
    static var themesDirectory: String {
        // Tests/AftercareConsoleTests/Theme/ThemeFileTests.swift → the package's Themes/.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes").path
    }

    @Test(arguments: BuiltInThemes.names) func shippedThemeParsesAndDefinesEveryRole(name: String) throws {
        let path = Self.themesDirectory + "/\(name).toml"
        #expect(FileManager.default.fileExists(atPath: path))
        let theme = try Theme.load(nameOrPath: path, themesDirectory: Self.themesDirectory)
        #expect(theme.name == name)
        #expect(theme.inheritedRoles.isEmpty, "\(name) leaves out \(theme.inheritedRoles)")
        #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases))
        // The compiled-in copy is the same theme.
        #expect(BuiltInThemes.theme(named: name) == theme)
    }

    @Test func everyThemeFileInTheDirectoryIsShipped() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory).filter { $0.hasSuffix(".toml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltInThemes.names))
    }

    @Test func monoUsesNoColour() {
        #expect(!BuiltInThemes.mono.usesColor)
        #expect(BuiltInThemes.mono[.selected].reverse)
    }

    @Test func byNameFallsBackToBuiltInWithoutTheDirectory() throws {
        let theme = try Theme.load(nameOrPath: "light", themesDirectory: "/nonexistent/themes")
        #expect(theme == BuiltInThemes.theme(named: "light"))
        #expect(throws: ThemeError.self) { try Theme.load(nameOrPath: "solarized", themesDirectory: "/nonexistent") }
    }

    @Test func partialFileInheritsFromDefault() throws {
        let theme = try Theme.parse("[roles.selected]\nfg = 16\nbg = \"bright_blue\"\nbold = true\n", file: "t.toml",
                                    inheritingFrom: BuiltInThemes.default)
        #expect(theme[.selected] == Style(foreground: .indexed(16), background: .indexed(12), bold: true))
        #expect(theme[.slaBreached] == BuiltInThemes.default[.slaBreached])
        #expect(theme.inheritedRoles.contains(.slaBreached))
        #expect(!theme.inheritedRoles.contains(.selected))
    }

    func error(_ text: String) -> ThemeError? {
        do {
            _ = try Theme.parse(text, file: "my.toml", inheritingFrom: BuiltInThemes.default)
            return nil
        } catch let e as ThemeError {
            return e
        } catch {
            return nil
        }
    }

    @Test func unknownRoleNamesFileAndLine() {
        let e = error("name = \"x\"\n\n[roles.normal]\nfg = 1\n\n[roles.selceted]\nfg = 2\n")
        #expect(e?.reason == .unknownRole("selceted"))
        #expect(e?.line == 6)
        #expect(e?.description.hasPrefix("my.toml:6: unknown role \"selceted\"") == true)
    }

    @Test func badColoursAreReportedWithTheirLine() {
        let outOfRange = error("[roles.normal]\nbold = true\nfg = 300\n")
        #expect(outOfRange?.reason == .badColor(role: "normal", key: "fg", value: "300"))
        #expect(outOfRange?.line == 3)
        let unknownName = error("[roles.dim]\nbg = \"purple\"\n")
        if case .badColor(role: "dim", key: "bg", _)? = unknownName?.reason {} else { Issue.record("\(String(describing: unknownName))") }
        #expect(unknownName?.line == 2)
        #expect(unknownName?.description.contains("bright_white") == true)
    }

    @Test func otherMistakes() {
        #expect(error("[roles.normal]\nblink = true\n")?.reason == .unknownKey(role: "normal", key: "blink"))
        #expect(error("[roles.normal]\nbold = \"yes\"\n")?.reason == .badAttribute(role: "normal", key: "bold", value: "\"yes\""))
        let syntax = error("[roles.normal]\nfg = = 3\n")
        if case .syntax? = syntax?.reason {} else { Issue.record("expected a syntax error, got \(String(describing: syntax))") }
        #expect(syntax?.line == 2)
    }

    @Test func colourNames() {
        #expect(ThemeColorName.color(named: "red") == .indexed(1))
        #expect(ThemeColorName.color(named: "bright_white") == .indexed(15))
        #expect(ThemeColorName.color(named: "Bright-Black") == .indexed(8))
        #expect(ThemeColorName.color(named: "default") == .default)
        #expect(ThemeColorName.color(named: "purple") == nil)
    }
}
