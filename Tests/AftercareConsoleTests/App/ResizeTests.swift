import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit
import Testing

/// The terminal's size reaches the state only through `reduce` (`.input(.resize)`), whether the
/// backend reports a resize, the runtime starts, or $EDITOR hands the terminal back.
@Suite struct ResizeTests {
    @Test func aTallerTerminalKeepsTheThreadWithinItsLastScreenful() {
        var state = Fixture.ticketState()
        let detail = Fixture.detailWithLongThread()
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(detail)))
        let scrolled = state.ticket?.threadScroll ?? 0
        #expect(scrolled == Layout.maxThreadScroll(detail, size: state.size))
        let effects = reduce(&state, .input(.resize(Size(columns: 100, rows: 40))))
        #expect(effects.isEmpty)
        #expect(state.size == Size(columns: 100, rows: 40))
        #expect(state.ticket?.threadScroll == Layout.maxThreadScroll(detail, size: state.size))
        #expect((state.ticket?.threadScroll ?? 0) < scrolled)
    }

    @Test func theRuntimeStartsAtTheTerminalsCurrentSize() {
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let runtime = Runtime(backend: terminal, desk: ReducerTestDesk(ticketCount: 3), agent: Fixture.agent,
                              render: { _, _ in }, clock: { Fixture.t0 }, mode: .inline)
        terminal.size = Size(columns: 132, rows: 43)
        runtime.start()
        #expect(runtime.state.size == Size(columns: 132, rows: 43))
        #expect(terminal.frame.size == Size(columns: 132, rows: 43))
    }

    @Test func aResizeWhileTheEditorHasTheTerminalIsSeenAfterIt() {
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let runtime = Runtime(
            backend: terminal, desk: ReducerTestDesk(ticketCount: 3), agent: Fixture.agent, render: { _, _ in },
            clock: { Fixture.t0 },
            editor: { seed in
                terminal.size = Size(columns: 100, rows: 30)
                return seed + "from vim\n"
            }, mode: .inline)
        runtime.process(.key(.enter))
        runtime.process(.key(.char("R")))
        #expect(runtime.state.size == Size(columns: 100, rows: 30))
        #expect(terminal.frame.size == Size(columns: 100, rows: 30))
        #expect(runtime.state.compose?.editor.text == "from vim")
    }
}
