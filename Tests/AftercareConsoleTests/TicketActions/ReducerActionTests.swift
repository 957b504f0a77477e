import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit
import Testing

@Suite struct ReducerActionTests {
    private func persists(_ effects: [Effect]) -> [PersistRequest] {
        effects.compactMap { if case let .persist(r) = $0 { r } else { nil } }
    }

    @Test func assignToMeOnTheHighlightedRow() {
        var state = Fixture.inboxState()
        let requests = persists(reduce(&state, Fixture.key("a")))
        #expect(requests.count == 1)
        #expect(requests[0].ticketId == 1 && requests[0].changes == [.assign("lin")] && requests[0].expectedVersion == 1)
        guard case let .action(_, inverse, _) = requests[0].purpose else { Issue.record("not an action"); return }
        #expect(inverse == [.assign(nil)])
    }

    @Test func statusMenuAndPriorityMenuByHotkey() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("s"))
        guard case .menu = state.modal else { Issue.record("no status menu"); return }
        let status = persists(reduce(&state, Fixture.key("h")))
        #expect(status.map(\.changes) == [[.setStatus(.onHold)]])
        #expect(state.modal == nil)
        _ = reduce(&state, Fixture.key("p"))
        _ = reduce(&state, Fixture.key("k"))  // from normal (current) up to high
        _ = reduce(&state, Fixture.key("Enter"))
        #expect(state.status?.text.contains("priority → high") == true)
    }

    @Test func colonCommandsMapToChanges() {
        func run(_ line: String) -> ([Effect], AppState) {
            var state = Fixture.ticketState()
            _ = reduce(&state, Fixture.key(":"))
            _ = Fixture.type(line, into: &state)
            let effects = reduce(&state, Fixture.key("Enter"))
            return (effects, state)
        }
        #expect(persists(run("assign wei").0).map(\.changes) == [[.assign("wei")]])
        #expect(persists(run("assign none").0).map(\.changes) == [[.assign(nil)]])
        #expect(persists(run("assign me").0).map(\.changes) == [[.assign("lin")]])
        #expect(persists(run("status on_hold").0).map(\.changes) == [[.setStatus(.onHold)]])
        #expect(persists(run("status pending").0).map(\.changes) == [[.setStatus(.pending)]])
        #expect(persists(run("priority urgent").0).map(\.changes) == [[.setPriority(.urgent)]])
        #expect(persists(run("category return_refund").0).map(\.changes) == [[.setCategory(.returnRefund)]])
        #expect(persists(run("tag vip").0).map(\.changes) == [[.addTag("vip")]])
        #expect(persists(run("untag vip").0).map(\.changes) == [[.removeTag("vip")]])
        let (escalate, _) = run("escalate logistics carrier lost it")
        #expect(persists(escalate).map(\.changes) == [[.setDepartment("logistics")]])
        #expect(escalate.contains(.send(SendRequest(ticketId: 1, kind: .note, body: "Escalated to logistics: carrier lost it", status: nil, guard: .none))))
        let (_, bad) = run("status nonsense")
        #expect(bad.status?.kind == .error)
        let (_, unknown) = run("frobnicate")
        #expect(unknown.status?.text.contains("unknown command") == true)
        #expect(run("q").0 == [.endSession, .quit])
        let (open, opened) = run("open 17")
        #expect(open.contains(.loadDetail(ticketId: 17)) && opened.ticket?.ticketId == 17)
    }

    @Test func bulkSelectionAppliesToEveryTicketAndUndoesAsOne() {
        var state = Fixture.inboxState()
        _ = reduce(&state, Fixture.key("x"))  // #1, moves to #2
        _ = reduce(&state, Fixture.key("Space"))  // #2
        _ = reduce(&state, Fixture.key("j"))  // skip #3 → at #4
        _ = reduce(&state, Fixture.key("x"))  // #4
        #expect(state.inbox.bulk == [1, 2, 4])
        let requests = persists(reduce(&state, Fixture.key("a")))
        #expect(requests.map(\.ticketId) == [1, 2, 4])
        for r in requests {
            _ = reduce(&state, .saved(r, .success(Fixture.ticket(r.ticketId, assignee: "lin", version: 2))))
        }
        #expect(state.lastChange?.entries.map(\.ticketId) == [1, 2, 4])
        #expect(state.inbox.rows.filter { $0.ticket.assignee == "lin" }.map(\.id) == [1, 2, 4])
        let undo = persists(reduce(&state, Fixture.key("u")))
        #expect(undo.map(\.ticketId) == [1, 2, 4])
        #expect(undo.allSatisfy { $0.changes == [.assign(nil)] && $0.expectedVersion == 2 })
        #expect(state.lastChange == nil)
        _ = reduce(&state, Fixture.key("Esc"))
        #expect(state.inbox.bulk.isEmpty)
    }

    @Test func undoIsRefusedWhenTheTicketMovedOn() {
        var state = Fixture.ticketState()
        let requests = persists(reduce(&state, .command(.assignToMe)))
        _ = reduce(&state, .saved(requests[0], .success(Fixture.ticket(1, assignee: "lin", version: 2))))
        #expect(state.lastChange != nil)
        // Someone else changed it (reloaded at version 3).
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(Fixture.detail(Fixture.ticket(1, status: .solved, assignee: "lin", version: 3)))))
        #expect(reduce(&state, Fixture.key("u")).isEmpty)
        #expect(state.status?.text.contains("changed since") == true)
    }

    @Test func undoConflictFromTheStoreIsExplained() {
        var state = Fixture.inboxState()
        let requests = persists(reduce(&state, .command(.assignToMe)))
        _ = reduce(&state, .saved(requests[0], .success(Fixture.ticket(1, assignee: "lin", version: 2))))
        let undo = persists(reduce(&state, .command(.undo)))
        _ = reduce(&state, .saved(undo[0], .failure(.conflict(ticketId: 1, changedBy: "wei", changedAt: nil))))
        #expect(state.status?.text.contains("can't undo") == true)
    }

    @Test func conflictOnAnActionReloadsTheTicketAndSaysWho() {
        var state = Fixture.ticketState()
        let requests = persists(reduce(&state, .command(.assignToMe)))
        let effects = reduce(&state, .saved(requests[0], .failure(.conflict(ticketId: 1, changedBy: "wei", changedAt: nil))))
        #expect(effects.first == .loadDetail(ticketId: 1))
        #expect(state.status?.text.contains("changed by wei") == true)
        #expect(state.lastChange == nil)
    }

    @Test func inversesRestoreWhatWasThere() {
        var state = Fixture.inboxState()
        state.inbox.rows[0].ticket = Fixture.ticket(1, status: .pending, priority: .low, tags: ["vip"])
        _ = reduce(&state, .command(.commandLine))
        _ = Fixture.type("tag vip new", into: &state)
        let requests = persists(reduce(&state, Fixture.key("Enter")))
        guard case let .action(_, inverse, _) = requests.first?.purpose else { Issue.record("no action"); return }
        #expect(inverse == [.removeTag("new")])  // vip was already there
    }
}
