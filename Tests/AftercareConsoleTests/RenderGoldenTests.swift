import AftercareConsole
import AftercareCore
import Testing
import TerminalKit

/// Whole frames compared with the text in Golden/ (record with AFTERCARE_RECORD_GOLDEN=1).
@Suite struct RenderGoldenTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    @Test(arguments: sizes) func inboxWithBreachedRowMarkedRowAndChinese(size: Size) {
        let frame = renderFrame(RenderFixtures.inboxState(size: size))
        expectGolden(frame, "inbox-\(size.columns)x\(size.rows)")
        #expect(frame.lines().joined().contains("LATE"))
    }

    @Test(arguments: sizes) func ticketWithThreadAndCustomerPane(size: Size) {
        expectGolden(renderFrame(RenderFixtures.ticketState(size: size)), "ticket-\(size.columns)x\(size.rows)")
    }

    @Test(arguments: sizes) func templatePickerWithMissingPlaceholder(size: Size) {
        let frame = renderFrame(RenderFixtures.pickerState(size: size))
        expectGolden(frame, "picker-\(size.columns)x\(size.rows)")
        #expect(frame.lines().joined().contains("«new_date»"))
        #expect(frame.lines().joined().contains("cannot be filled"))
    }

    @Test func composeOverTheTicket() {
        var state = RenderFixtures.ticketState(size: Size(columns: 80, rows: 24))
        var compose = ComposeState(ticketId: 1042, kind: .reply,
                                   text: "张先生您好，\n补发单号«shipment.tracking_number»，预计明天送达。Sorry for the trouble!")
        compose.missingPlaceholders = ["shipment.tracking_number"]
        state.compose = compose
        state.modal = .compose
        expectGolden(renderFrame(state), "compose-80x24")
        // No golden for help: KeyMap.helpLines() orders keys of the `global` context by command
        // only, so "j Down" / "Down j" can swap between runs (see RenderLayoutTests for help).
    }

    @Test func tooSmall() {
        let state = RenderFixtures.inboxState(size: Size(columns: 40, rows: 10))
        let frame = renderFrame(state)
        expectGolden(frame, "too-small-40x10")
    }
}
