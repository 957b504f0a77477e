import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit
import Testing

@Suite struct ReducerTemplatePickerTests {
    @Test func suggestsTheTicketsCategoryFirstAndPreviewsFilled() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("t"))
        guard case let .templatePicker(picker) = state.modal else { Issue.record("no picker"); return }
        #expect(picker.matches.first?.name == "damaged")
        #expect(picker.preview?.text == "Hi Sarah, sorry about order SO-42.")
        #expect(picker.preview?.missing == [])
    }

    @Test func filtersAsYouTypeAndInsertsIntoCompose() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("t"))
        _ = Fixture.type("delay", into: &state)
        guard case let .templatePicker(picker) = state.modal else { Issue.record("no picker"); return }
        #expect(picker.matches.map(\.name) == ["delayed"])
        _ = reduce(&state, Fixture.key("Enter"))
        #expect(state.modal == .compose)
        #expect(state.compose?.editor.text == "Your parcel SO-42 is on its way.")
        #expect(state.compose?.templateName == "delayed")
    }

    @Test func refusesToInsertOrSendWithMissingPlaceholders() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("t"))
        _ = Fixture.type("coupon", into: &state)
        guard case let .templatePicker(picker) = state.modal else { Issue.record("no picker"); return }
        #expect(picker.preview?.missing == ["coupon.code", "new_date"])
        #expect(reduce(&state, Fixture.key("Enter")).isEmpty)
        guard case .templatePicker = state.modal else { Issue.record("picker closed"); return }
        #expect(state.status?.text.contains("coupon.code, new_date") == true)
        // Tab inserts with holes; sending is refused until they are filled by hand.
        _ = reduce(&state, Fixture.key("Tab"))
        #expect(state.compose?.editor.text == "Use «coupon.code» before «new_date».")
        #expect(state.compose?.missingPlaceholders == ["coupon.code", "new_date"])
        #expect(reduce(&state, Fixture.key("C-s")).isEmpty)
        #expect(state.status?.text.contains("fill in first: coupon.code, new_date") == true)
        state.compose?.editor.setText("Use SAVE10 before 1 Dec.")
        #expect(reduce(&state, Fixture.key("C-s")).count == 1)
    }

    @Test func escReturnsToComposeWithTheTextKept() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("Hi", into: &state)
        _ = reduce(&state, Fixture.key("C-t"))
        guard case .templatePicker = state.modal else { Issue.record("no picker"); return }
        _ = reduce(&state, Fixture.key("Esc"))
        #expect(state.modal == .compose)
        #expect(state.compose?.editor.text == "Hi")
    }
}
