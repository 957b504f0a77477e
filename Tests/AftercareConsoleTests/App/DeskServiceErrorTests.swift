import AftercareConsole
import Testing

@Suite struct DeskServiceErrorTests {
    @Test func conflictSaysWhoAndThatNothingWasLost() {
        let error = DeskServiceError.conflict(ticketId: 1042, changedBy: "wei", changedAt: nil)
        #expect(error.description == "ticket #1042 was changed by wei meanwhile; reloaded, nothing lost")
        #expect(DeskServiceError.conflict(ticketId: 7, changedBy: nil, changedAt: nil).description.contains("someone else"))
    }
}
