import AftercareConsole
import Testing
import TerminalKit

@Suite struct ThemeAdaptationTests {
    static let themes = BuiltInThemes.names.map { BuiltInThemes.theme(named: $0)! }

    /// Roles that must stay distinguishable from plain text whatever the terminal.
    static let mustShow: [ThemeRole] = [.selected, .marked, .slaBreached, .placeholder, .statusError, .keyHint]

    func colors(_ style: Style) -> [TerminalColor] { [style.foreground, style.background] }

    @Test(arguments: themes) func eightColoursUseOnlyTheBaseColours(theme: Theme) {
        let adapted = theme.adapted(to: .ansi8, noColor: false)
        for role in ThemeRole.allCases {
            for color in colors(adapted[role]) {
                if case let .indexed(i) = color { #expect(i < 8, "\(theme.name) \(role) → \(i)") }
            }
            let s = adapted[role]
            if s.foreground != .default { #expect(s.foreground != s.background, "\(theme.name) \(role) invisible") }
        }
        for role in Self.mustShow { #expect(adapted[role] != adapted[.normal], "\(theme.name) \(role)") }
        #expect(adapted[.selected] != adapted[.marked])
    }

    @Test func nearestColours() {
        #expect(Theme.toANSI8(.indexed(196)) == .indexed(1))  // red
        #expect(Theme.toANSI8(.indexed(153)) == .indexed(7))  // pale blue → white
        #expect(Theme.toANSI8(.indexed(214)) == .indexed(3))  // orange → yellow
        #expect(Theme.toANSI8(.indexed(19)) == .indexed(4))  // dark blue
        #expect(Theme.toANSI8(.indexed(236)) == .indexed(0))  // dark grey
        #expect(Theme.toANSI8(.indexed(12)) == .indexed(4))  // bright blue folds
        #expect(Theme.toANSI8(.default) == .default)
    }

    @Test(arguments: themes) func noColorKeepsSelectionAndBreachesVisible(theme: Theme) {
        for adapted in [theme.adapted(to: .xterm256, noColor: true), theme.adapted(to: .none, noColor: false)] {
            #expect(!adapted.usesColor)
            for role in Self.mustShow { #expect(adapted[role] != adapted[.normal], "\(theme.name) \(role)") }
            #expect(adapted[.selected].reverse || adapted[.selected].bold)
            #expect(adapted[.selected] != adapted[.marked])
            #expect(adapted[.slaBreached].bold)
        }
    }

    @Test func fullColourIsUnchanged() {
        let theme = BuiltInThemes.default
        #expect(theme.adapted(to: .xterm256, noColor: false) == theme)
    }

    @Test func renderedFrameHasNoColourUnderNoColor() {
        let theme = BuiltInThemes.default.adapted(to: .xterm256, noColor: true)
        let frame = renderFrame(RenderFixtures.inboxState(size: Size(columns: 80, rows: 24)), theme: theme)
        #expect(frame.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        // The selected row (index 1 → screen row 3) is drawn reversed.
        #expect(frame[20, 3].style.reverse)
    }
}
