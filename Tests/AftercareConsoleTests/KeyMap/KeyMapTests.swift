import AftercareConsole
import TerminalKit
import Testing

@Suite struct KeyMapTests {
    @Test func defaultsHaveNoConflictsAndCoverTheConventions() {
        #expect(KeyMap.defaultTableConflicts == [])
        let map = KeyMap.defaults
        #expect(map.command(for: .char("j"), in: .inbox) == .moveDown)
        #expect(map.command(for: .ctrl("f"), in: .inbox) == .pageDown)
        #expect(map.command(for: .enter, in: .inbox) == .open)
        #expect(map.command(for: .char("q"), in: .thread) == .back)
        #expect(map.command(for: .char("/"), in: .inbox) == .search)
        #expect(map.command(for: .char(":"), in: .thread) == .commandLine)  // via global
        #expect(map.command(for: .char("j"), in: .compose) == nil)  // typed
        #expect(map.command(for: .ctrl("s"), in: .compose) == .send)
        #expect(map.command(for: .char("c"), in: .inbox) == .note)
    }

    @Test func everyCommandHasAKeySomewhere() {
        let bound = Set(KeyMap.defaultTable.map(\.2))
        let unbound = Command.allCases.filter { !bound.contains($0) }
        #expect(unbound == [])
    }

    @Test func bindingsAndHintsComeFromTheTable() {
        let map = KeyMap.defaults
        let inbox = map.bindings(for: .inbox)
        #expect(inbox.contains { $0.0 == .char("?") && $0.1 == .help })
        #expect(map.keys(for: .moveDown, in: .inbox) == [.char("j"), .down])
        let hints = map.footerHints(for: .compose)
        #expect(hints.contains { $0.key == "C-s" && $0.label == "send" })
        let help = map.helpLines()
        #expect(help.contains { $0.contains("C-s") && $0.hasSuffix("send") })
        #expect(help.contains("Inbox"))
    }

    @Test func userFileOverridesAndUnbinds() throws {
        let (map, warnings) = try KeyMap.load(userFileText: """
            [inbox]
            "C-n" = "move_down"
            "x" = "none"
            [compose]
            "C-j" = "send"
            """)
        #expect(map.command(for: .ctrl("n"), in: .inbox) == .moveDown)
        #expect(map.command(for: .char("x"), in: .inbox) == nil)
        #expect(map.command(for: .ctrl("j"), in: .compose) == .send)
        #expect(map.command(for: .ctrl("s"), in: .compose) == .send)
        #expect(warnings == ["keymap [inbox]: x now unbound, replacing toggle_select"])
    }

    @Test func unknownNamesAreWarnings() throws {
        let (map, warnings) = try KeyMap.load(userFileText: """
            [inbox]
            "Hyper-q" = "quit"
            "Q" = "explode"
            [nowhere]
            "a" = "quit"
            """)
        #expect(map == KeyMap.defaults)
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.contains("unknown key name \"Hyper-q\"") })
        #expect(warnings.contains { $0.contains("unknown command \"explode\"") })
        #expect(warnings.contains { $0.contains("unknown section [nowhere]") })
    }

    @Test func conflictsAreReported() throws {
        let (map, warnings) = try KeyMap.load(userFileText: """
            [inbox]
            "Enter" = "reply"
            "Return" = "note"
            "?" = "quit"
            """)
        #expect(warnings.contains { $0.contains("\"Enter\" and \"Return\" are the same key Enter") })
        #expect(warnings.contains { $0.contains("Enter now reply, replacing open") })
        #expect(warnings.contains { $0.contains("? (quit) shadows global help") })
        #expect(map.command(for: .char("?"), in: .inbox) == .quit)
        #expect(map.command(for: .char("?"), in: .thread) == .help)
    }

    @Test func badTomlThrowsWithTheLine() {
        #expect(throws: KeyMapError.self) { try KeyMap.load(userFileText: "[inbox\n") }
        #expect((try? KeyMap.load(userFileText: nil))?.0 == KeyMap.defaults)
    }

    @Test func reducerUsesTheLoadedMap() throws {
        let (map, _) = try KeyMap.load(userFileText: "[inbox]\n\"C-n\" = \"move_down\"\n")
        var state = Fixture.inboxState()
        state.keyMap = map
        _ = reduce(&state, .input(.key(.ctrl("n"))))
        #expect(state.inbox.selected == 1)
    }
}
