import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit
import Testing

@Suite struct ReducerNavigationTests {
    @Test func startLoadsFirstPageCountsTemplatesAndTicks() {
        var state = AppState(size: Fixture.size, now: Fixture.t0, agent: Fixture.agent)
        let effects = reduce(&state, .started)
        guard case let .loadInboxPage(request) = effects.first else { Issue.record("no page load"); return }
        #expect(request.cursor == nil && request.placement == .replace && request.limit == InboxState.pageSize)
        #expect(effects.contains(.loadTemplates))
        #expect(effects.contains(.scheduleTick))
        #expect(effects.contains(.pollChanges))
        #expect(effects.contains { if case .loadCounts = $0 { true } else { false } })
    }

    /// `:open 5` on a desk without #5: it says so and goes back to the inbox; nothing can be
    /// composed meanwhile, and no draft is saved for a ticket that does not exist.
    @Test func openingATicketThatDoesNotExistSaysSoAndComposesNothing() {
        var state = Fixture.inboxState(rows: 5)
        _ = reduce(&state, Fixture.key(":"))
        _ = Fixture.type("open 5", into: &state)
        let effects = reduce(&state, Fixture.key("Enter"))
        #expect(effects.contains(.loadDetail(ticketId: 5)))
        #expect(state.screen == .ticket)
        // Replying before the ticket has loaded is refused.
        #expect(reduce(&state, Fixture.key("r")).isEmpty)
        #expect(state.compose == nil)
        #expect(state.status?.text.contains("still loading") == true, "\(String(describing: state.status))")
        let after = reduce(&state, .detailLoaded(ticketId: 5, .failure(.notFound("no ticket #5"))))
        #expect(after.isEmpty, "no draft saved: \(after)")
        #expect(state.screen == .inbox && state.ticket == nil && state.compose == nil)
        #expect(state.status?.text == "no ticket #5")
    }

    /// The ticket changes under the agent's eyes: the header names who did what, in words that
    /// fit the line; the next key clears it.
    @Test func aChangeByAnotherAgentIsNamedUntilTheNextKey() {
        var state = Fixture.ticketState()
        var changed = Fixture.detail(Fixture.ticket(1, status: .solved, assignee: "wei", version: 3))
        changed.messages.append(Message(id: 2, ticketId: 1, kind: .reply, author: "wei", channel: .email, createdAt: Fixture.t0, body: "Refunded"))
        changed.lastChange = ("wei", Fixture.t0.addingTimeInterval(-120))
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(changed)))
        #expect(state.ticket?.notice == "⚠ wei, 2m ago: wei replied; status open → solved, assignee → wei")
        _ = reduce(&state, Fixture.key("j"))
        #expect(state.ticket?.notice == nil)
    }

    @Test func jkMoveTheSelectionAndStopAtTheEnds() {
        var state = Fixture.inboxState(rows: 5)
        #expect(reduce(&state, Fixture.key("j")).isEmpty)
        #expect(state.inbox.selected == 1)
        _ = reduce(&state, Fixture.key("Down"))
        _ = reduce(&state, Fixture.key("k"))
        #expect(state.inbox.selected == 1)
        _ = reduce(&state, Fixture.key("G"))
        #expect(state.inbox.selected == 4)
        _ = reduce(&state, Fixture.key("j"))
        #expect(state.inbox.selected == 4)
        _ = reduce(&state, Fixture.key("g"))
        #expect(state.inbox.selected == 0)
    }

    @Test func movingPastTheLoadedRowsLoadsTheNextPageByCursor() {
        let cursor = InboxCursor.queue(inboxKey: 100, priority: 2, id: 100)
        var state = Fixture.inboxState(rows: 100, next: cursor)
        let effects = reduce(&state, Fixture.key("G"))
        guard case let .loadInboxPage(request) = effects.first else { Issue.record("no next page load: \(effects)"); return }
        #expect(request.cursor == cursor && request.placement == .append)
        // A second move while it loads does not ask again.
        #expect(reduce(&state, Fixture.key("j")).isEmpty)
        let more = (101...200).map { Fixture.summary(Fixture.ticket(Int64($0))) }
        _ = reduce(&state, .pageLoaded(request, .success(InboxPage(rows: more, next: nil))))
        #expect(state.inbox.rows.count == 200)
        #expect(state.inbox.pages.count == 2)
        _ = reduce(&state, Fixture.key("j"))
        #expect(state.inbox.selectedRow?.id == 101)
    }

    @Test func theWindowKeepsAtMostThreePagesAndLoadsThePreviousOneBack() {
        var state = Fixture.inboxState(rows: 100, next: .queue(inboxKey: 100, priority: 2, id: 100))
        for pageIndex in 1...3 {
            let effects = reduce(&state, Fixture.key("G"))
            guard case let .loadInboxPage(request) = effects.first else { Issue.record("no load"); return }
            let rows = (1...100).map { Fixture.summary(Fixture.ticket(Int64(pageIndex * 100 + $0))) }
            let last = Int64(pageIndex * 100 + 100)
            _ = reduce(&state, .pageLoaded(request, .success(InboxPage(rows: rows, next: .queue(inboxKey: last, priority: 2, id: last)))))
        }
        #expect(state.inbox.rows.count == 300)
        #expect(state.inbox.rows.first?.id == 101)
        #expect(state.inbox.rowsAbove == 100)
        #expect(state.inbox.earlierPages == [nil])
        // Up past the top of the window: the dropped first page comes back.
        _ = reduce(&state, Fixture.key("g"))  // reloads from the top: a new query
        #expect(state.inbox.pending?.placement == .replace)
    }

    @Test func upPastTheWindowTopPrependsThePreviousPage() {
        var state = Fixture.inboxState(rows: 100, next: nil)
        state.inbox.earlierPages = [nil]
        state.inbox.rowsAbove = 100
        let effects = reduce(&state, Fixture.key("k"))
        guard case let .loadInboxPage(request) = effects.first else { Issue.record("no load"); return }
        #expect(request.placement == .prepend && request.cursor == nil)
        let earlier = (1...100).map { Fixture.summary(Fixture.ticket(Int64(1000 + $0))) }
        _ = reduce(&state, .pageLoaded(request, .success(InboxPage(rows: earlier, next: nil))))
        #expect(state.inbox.rows.count == 200)
        #expect(state.inbox.selectedRow?.id == 1100)
        #expect(state.inbox.rowsAbove == 0)
    }

    @Test func pageDownMovesAScreenful() {
        var state = Fixture.inboxState(rows: 100)
        _ = reduce(&state, Fixture.key("PgDn"))
        let page = Layout.inboxListRows(for: state.size)
        #expect(state.inbox.selected == page)
        #expect(state.inbox.offset <= state.inbox.selected && state.inbox.selected < state.inbox.offset + page)
        _ = reduce(&state, Fixture.key("C-b"))
        #expect(state.inbox.selected == 0)
    }

    @Test func viewsSwitchWithANewQuery() {
        var state = Fixture.inboxState()
        let generation = state.inbox.generation
        let effects = reduce(&state, Fixture.key("2"))
        #expect(state.inbox.view == .mine)
        #expect(state.inbox.generation == generation + 1)
        guard case let .loadInboxPage(request) = effects.first else { Issue.record("no load"); return }
        #expect(request.filter == InboxFilter(assignee: .agent("lin")))
        _ = reduce(&state, .command(.commandLine))
        _ = Fixture.type("view category damaged", into: &state)
        let more = reduce(&state, Fixture.key("Enter"))
        #expect(state.inbox.view == .category(.damaged))
        #expect(more.contains { if case let .loadInboxPage(r) = $0 { r.filter.category == .damaged } else { false } })
        _ = reduce(&state, Fixture.key("4"))
        #expect(state.inbox.view == .breached)
    }

    @Test func searchNarrowsAsYouTypeAndDropsStaleResults() {
        var state = Fixture.inboxState()
        _ = reduce(&state, Fixture.key("/"))
        #expect(state.modal == .search)
        #expect(state.keyContext == .search)
        let first = Fixture.type("k", into: &state)
        let second = Fixture.type("e", into: &state)
        guard case let .loadInboxPage(old) = first.first, case let .loadInboxPage(new) = second.first else {
            Issue.record("each key should load"); return
        }
        #expect(new.filter.search == "ke")
        #expect(new.generation > old.generation)
        // The answer to "k" arrives late: ignored.
        _ = reduce(&state, .pageLoaded(old, .success(InboxPage(rows: [Fixture.summary(Fixture.ticket(77))], next: nil))))
        #expect(state.inbox.rows.map(\.id) != [77])
        _ = reduce(&state, .pageLoaded(new, .success(InboxPage(rows: [Fixture.summary(Fixture.ticket(9, subject: "Kettle"))], next: nil))))
        #expect(state.inbox.rows.map(\.id) == [9])
        // Chinese search text, typed as keys; then Enter keeps it, Esc clears it.
        _ = Fixture.type("未收到", into: &state)
        #expect(state.inbox.search.text == "ke未收到")
        _ = reduce(&state, Fixture.key("Enter"))
        #expect(state.modal == nil && state.inbox.search.text == "ke未收到")
        _ = reduce(&state, Fixture.key("/"))
        let cleared = reduce(&state, Fixture.key("Esc"))
        #expect(state.inbox.search.isEmpty)
        #expect(cleared.contains { if case let .loadInboxPage(r) = $0 { r.filter.search == nil } else { false } })
    }

    @Test func openTicketLoadsDetailAndDraftThenOffersTheDraft() {
        var state = Fixture.inboxState()
        _ = reduce(&state, Fixture.key("j"))
        let effects = reduce(&state, Fixture.key("Enter"))
        #expect(state.screen == .ticket)
        #expect(effects == [.loadDetail(ticketId: 2), .loadDraft(ticketId: 2)])
        _ = reduce(&state, .detailLoaded(ticketId: 2, .success(Fixture.detail(Fixture.ticket(2)))))
        #expect(state.ticket?.detail?.ticket.id == 2)
        let draft = Draft(ticketId: 2, agent: "lin", kind: .reply, body: "Hello again", updatedAt: Fixture.t0)
        _ = reduce(&state, .draftLoaded(ticketId: 2, draft))
        guard case .confirm = state.modal else { Issue.record("draft not offered"); return }
        _ = reduce(&state, Fixture.key("y"))
        #expect(state.modal == .compose)
        #expect(state.compose?.editor.text == "Hello again")
        // q in compose types; Esc closes compose, q goes back.
        _ = reduce(&state, Fixture.key("Esc"))
        _ = reduce(&state, Fixture.key("q"))
        #expect(state.screen == .inbox)
    }

    @Test func tabSwitchesPanesAndHistoryEnterOpensAnotherTicket() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("Tab"))
        #expect(state.keyContext == .history)
        var d = Fixture.detail(Fixture.ticket(1))
        d.otherTickets = [Fixture.summary(Fixture.ticket(40)), Fixture.summary(Fixture.ticket(41))]
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(d)))
        _ = reduce(&state, Fixture.key("j"))
        let effects = reduce(&state, Fixture.key("Enter"))
        #expect(state.ticket?.ticketId == 41)
        #expect(effects.contains(.loadDetail(ticketId: 41)))
    }

    @Test func resizeKeepsTheSelectionOnScreen() {
        var state = Fixture.inboxState(rows: 100)
        _ = reduce(&state, Fixture.key("G"))
        _ = reduce(&state, .input(.resize(Size(columns: 80, rows: 10))))
        #expect(state.size == Size(columns: 80, rows: 10))
        let rows = Layout.inboxListRows(for: state.size)
        #expect(state.inbox.selected >= state.inbox.offset && state.inbox.selected < state.inbox.offset + rows)
    }

    @Test func helpOpensAndClosesAndUnboundKeysSaySo() {
        var state = Fixture.inboxState()
        _ = reduce(&state, Fixture.key("?"))
        #expect(state.modal == .help(scroll: 0))
        _ = reduce(&state, Fixture.key("j"))
        #expect(state.modal == .help(scroll: 1))
        _ = reduce(&state, Fixture.key("q"))
        #expect(state.modal == nil)
        _ = reduce(&state, Fixture.key("F9"))
        #expect(state.status?.text.contains("F9") == true)
    }

    @Test func disabledCommandsExplainWhy() {
        var state = Fixture.inboxState()
        #expect(Command.undo.disabledReason(in: state) == "nothing to undo")
        _ = reduce(&state, Fixture.key("u"))
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.contains("nothing to undo") == true)
        #expect(Command.send.disabledReason(in: state) == "nothing to send")
    }

    @Test func tickAdvancesTheClockAndPollsOnce() {
        var state = Fixture.inboxState()
        let later = Fixture.t0.addingTimeInterval(60)
        let here = ConsolePresence(session: "console", agent: "lin", terminal: "", ticketId: nil, composing: false, seenAt: later)
        #expect(reduce(&state, .tick(later)) == [.heartbeat(here), .loadPresence, .pollChanges])
        #expect(state.now == later)
        #expect(reduce(&state, .tick(later.addingTimeInterval(1))).isEmpty)  // poll still out
        _ = reduce(&state, .changesDetected(token: 5))
        #expect(reduce(&state, .tick(later.addingTimeInterval(2))) == [.pollChanges])
    }

    /// Other consoles on a ticket: named in the ticket's title bar, marked in the inbox (✎ writing,
    /// • open); this console says where it is whenever that changes, and every 10 s besides.
    @Test func presenceIsToldWhenItChangesAndShownForOthers() {
        var state = Fixture.ticketState()
        var effects = reduce(&state, .tick(Fixture.t0))
        #expect(effects.contains(.heartbeat(ConsolePresence(session: "console", agent: "lin", terminal: "", ticketId: 1, composing: false,
                                                            seenAt: Fixture.t0))))
        #expect(!reduce(&state, .tick(Fixture.t0.addingTimeInterval(1))).contains { if case .heartbeat = $0 { true } else { false } })
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("x", into: &state)
        effects = reduce(&state, .tick(Fixture.t0.addingTimeInterval(2)))
        #expect(effects.contains { if case let .heartbeat(p) = $0 { p.composing && p.ticketId == 1 } else { false } })
        _ = reduce(&state, .presenceLoaded([
            ConsolePresence(session: "console", agent: "lin", terminal: "", ticketId: 1, composing: true, seenAt: Fixture.t0),
            ConsolePresence(session: "w", agent: "wei", terminal: "pts/2", ticketId: 1, composing: true, seenAt: Fixture.t0),
            ConsolePresence(session: "m", agent: "mei", terminal: "pts/3", ticketId: 2, composing: false, seenAt: Fixture.t0),
            ConsolePresence(session: "l2", agent: "lin", terminal: "pts/4", ticketId: 1, composing: false, seenAt: Fixture.t0),
        ]))
        #expect(state.presenceText(on: 1) == "wei ✎, you@pts/4")
        #expect(state.presenceMarks == [1: .writing, 2: .viewing])
        // A console not heard from for a minute is gone.
        _ = reduce(&state, .tick(Fixture.t0.addingTimeInterval(ConsolePresence.liveWindow + 5)))
        #expect(state.presenceText(on: 1) == nil)
    }

    @Test func changesByOthersReloadThePageKeepingSelectionAndText() {
        var state = Fixture.inboxState(rows: 5)
        _ = reduce(&state, .changesDetected(token: 1))  // first token: just remembered
        _ = reduce(&state, Fixture.key("j"))
        _ = reduce(&state, Fixture.key("j"))  // #3
        _ = reduce(&state, Fixture.key("/"))
        _ = Fixture.type("x", into: &state)
        let reloadGen = state.inbox.generation
        let effects = reduce(&state, .changesDetected(token: 2))
        guard case let .loadInboxPage(request) = effects.first(where: { if case .loadInboxPage = $0 { true } else { false } }) else {
            Issue.record("no reload"); return
        }
        #expect(request.generation == reloadGen + 1)
        // Someone inserted a ticket above: #3 is now at index 3, still selected; the search text is intact.
        let rows = [0, 1, 2, 3, 4].map { Fixture.summary(Fixture.ticket($0 == 0 ? 99 : Int64($0))) }
        #expect(request.placement == .refresh(keepSelected: 3))
        let refresh = request
        _ = reduce(&state, .pageLoaded(refresh, .success(InboxPage(rows: rows, next: nil))))
        #expect(state.inbox.selectedRow?.id == 3)
        #expect(state.inbox.search.text == "x")
        #expect(state.modal == .search)
    }

    @Test func changesByOthersReloadTheOpenTicketAndSayWhatChanged() {
        var state = Fixture.ticketState()
        _ = reduce(&state, .changesDetected(token: 1))
        let effects = reduce(&state, .changesDetected(token: 2))
        #expect(effects.contains(.loadDetail(ticketId: 1)))
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(Fixture.detail(Fixture.ticket(1, status: .solved, assignee: "wei", version: 2)))))
        #expect(state.ticket?.notice?.contains("status open → solved") == true)
        #expect(state.ticket?.notice?.contains("assignee → wei") == true)
    }

    @Test func settingsSavedByAnotherAgentReachTheClocks() throws {
        var state = Fixture.inboxState()
        _ = reduce(&state, .changesDetected(token: 1))
        #expect(reduce(&state, .changesDetected(token: 2)).contains(.loadSettings))
        var crossBorder = DeskSettings.standard
        crossBorder.calendar = CalendarSettings(
            timeZoneIdentifier: "America/Los_Angeles", preset: .none,
            hours: [.monday: try DayHours(parsing: "09:00-18:00"), .tuesday: try DayHours(parsing: "09:00-18:00")])
        #expect(reduce(&state, .settingsLoaded(.success(crossBorder))).isEmpty)
        #expect(state.slaPolicy.calendar.timeZoneIdentifier == "America/Los_Angeles")
        #expect(state.status?.text.contains("desk settings changed") == true)
        // The same settings again say nothing.
        state.status = nil
        _ = reduce(&state, .settingsLoaded(.success(crossBorder)))
        #expect(state.status == nil)
        _ = reduce(&state, .settingsLoaded(.failure(.failed("locked"))))
        #expect(state.slaPolicy.calendar.timeZoneIdentifier == "America/Los_Angeles")
        #expect(state.status?.kind == .error)
    }

    @Test func quitSavesAnUnsavedDraftFirst() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("hi", into: &state)
        let effects = reduce(&state, .shutdownRequested)
        #expect(effects.count == 3)
        #expect(effects.contains(.endSession))
        guard case let .saveDraft(draft) = effects.first else { Issue.record("no draft save"); return }
        #expect(draft.body == "hi" && draft.ticketId == 1)
        #expect(effects.last == .quit)
        #expect(state.isQuitting)
    }
}
