import AftercareConsole
import AftercareCore
import AftercareTemplates
import Testing
import TerminalKit

/// Customer text is hostile: escape sequences, C1 controls, bidi overrides and zero-width
/// characters must show as visible placeholders, and no cell may hold a control or format character.
@Suite struct RenderSafetyTests {
    static let attack = "A\u{1B}]0;pwned\u{07}B\u{1B}[2JC\u{1B}]52;c;ZXZpbA==\u{07}D\u{9B}31mE\u{202E}gnp.exe\u{200B}F"

    static func hostileState(size: Size, screen: Screen) -> AppState {
        var state = RenderFixtures.inboxState(size: size, selected: 0, marked: [])
        state.inbox.rows[0].ticket.subject = "退款" + attack
        state.inbox.rows[0].customerName = "张\u{202E}伟"
        if screen == .ticket {
            var detail = RenderFixtures.detail
            detail.summary.ticket.subject = "退款" + attack
            detail.messages[0].body = "正文" + attack + "\n第二行\u{1B}[31m红"
            detail.messages[2].body = "note " + attack
            detail.customer.notes = attack
            state.screen = .ticket
            var view = TicketViewState(ticketId: 1042)
            view.detail = detail
            view.scrolledToEnd = false
            state.ticket = view
        }
        return state
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return true }
        if v == 0x200D || v == 0xFE0F { return false }  // inside emoji sequences only (checked by TerminalKit)
        return scalar.properties.generalCategory == .format
    }

    func expectSafe(_ frame: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for cell in frame.cells {
            for scalar in cell.text.unicodeScalars where Self.isForbidden(scalar) {
                Issue.record("cell holds U+\(String(scalar.value, radix: 16))", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [Screen.inbox, Screen.ticket]) func attackStringsShowAsPlaceholders(screen: Screen) {
        for size in [Size(columns: 120, rows: 40), Size(columns: 200, rows: 50)] {
            let frame = renderFrame(Self.hostileState(size: size, screen: screen))
            expectSafe(frame)
            let text = frame.lines().joined(separator: "\n")
            #expect(text.contains("␛]0;pwned␇"))
            #expect(text.contains("␛[2J"))
            #expect(text.contains("␛]52;"))
            #expect(text.contains("⟨U+009B⟩"))
            #expect(text.contains("⟨U+202E⟩"))
            if screen == .ticket {
                #expect(text.contains("⟨U+200B⟩"))
                #expect(text.contains("正文"))
            }
        }
    }

    @Test func attackInPickerPreviewAndCompose() {
        var state = RenderFixtures.pickerState(size: Size(columns: 120, rows: 40))
        if case var .templatePicker(picker) = state.modal {
            picker.preview = RenderedReply(templateName: "x", segments: [.text(Self.attack), .missing("order.number")])
            picker.query.setText("q\u{1B}[2J")
            state.modal = .templatePicker(picker)
        }
        var frame = renderFrame(state)
        expectSafe(frame)
        #expect(frame.lines().joined().contains("⟨U+202E⟩"))

        var compose = ComposeState(ticketId: 1042, kind: .reply, text: "hi " + Self.attack)
        compose.missingPlaceholders = []
        state.compose = compose
        state.modal = .compose
        frame = renderFrame(state)
        expectSafe(frame)
        // The editor drops control characters as they are typed; what remains is still shown visibly.
        #expect(frame.lines().joined().contains("hi A"))
        #expect(frame.lines().joined().contains("⟨U+202E⟩"))
    }

    @Test func everyScreenAndModalAtEverySizeIsSafeAndNeverCrashes() {
        let sizes = [(0, 0), (1, 1), (10, 4), (59, 16), (60, 15), (60, 16), (61, 17), (80, 24), (100, 30), (139, 29),
                     (140, 29), (160, 50)].map { Size(columns: $0.0, rows: $0.1) }
        for size in sizes {
            for state in RenderLayoutTests.everyModal(size: size) {
                var s = state
                s.inbox.rows[0].ticket.subject += Self.attack
                let frame = renderFrame(s)
                #expect(frame.size == size)
                expectSafe(frame)
                _ = cursorPosition(for: s, size: size)
            }
        }
    }
}
