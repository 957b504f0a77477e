import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit
import Testing

/// A stand-in for the Views: one line per visible row, the status line at the bottom.
private func testRender(_ state: AppState, _ buffer: inout ScreenBuffer) {
    var y = 0
    _ = buffer.put("view: \(state.inbox.view) rows: \(state.inbox.rows.count) sel: \(state.inbox.selectedRow?.id ?? 0)", x: 0, y: y, style: Style())
    y += 1
    if let t = state.ticket {
        _ = buffer.put("ticket #\(t.ticketId) \(t.detail?.ticket.status.rawValue ?? "…") \(t.detail?.ticket.assignee ?? "-")", x: 0, y: y, style: Style())
        y += 1
    }
    if let c = state.compose { _ = buffer.put("compose: \(c.editor.text)", x: 0, y: y, style: Style()) }
    if let s = state.status { _ = buffer.put(s.text, x: 0, y: state.size.rows - 1, style: Style()) }
}

@Suite struct RuntimeTests {
    @Test func keysInFramesOut() {
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let desk = ReducerTestDesk(ticketCount: 5)
        let runtime = Runtime(backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, clock: { Fixture.t0 }, mode: .inline)
        runtime.start()
        #expect(terminal.frame.lines()[0].hasPrefix("view: all open rows: 5 sel: 1"))
        runtime.process(.key(.char("j")))
        #expect(terminal.frame.lines()[0].hasPrefix("view: all open rows: 5 sel: 2"))
        let presented = terminal.presentCount
        runtime.process(.key(.function(9)))  // status line changes: a frame
        runtime.process(.key(.function(9)))  // nothing new: no frame
        #expect(terminal.presentCount == presented + 1)
        runtime.process(.key(.enter))
        #expect(terminal.frame.lines()[1].hasPrefix("ticket #2 open -"))
        runtime.process(.key(.char("a")))
        #expect(terminal.frame.lines()[1].hasPrefix("ticket #2 open lin"))
        #expect(desk.ticket(2)?.assignee == "lin")
        runtime.process(.key(.char("u")))
        #expect(desk.ticket(2)?.assignee == nil)
    }

    @Test func runLoopQuitsOnQAndRestoresTheTerminal() {
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let desk = ReducerTestDesk(ticketCount: 3)
        let runtime = Runtime(backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, mode: .background)
        terminal.enqueue(keys: "j", "j", "q")
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let r = runtime
        Thread.detachNewThread {
            r.run()
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(terminal.isShutDown)
        #expect(desk.callLog().contains("inboxPage"))
    }

    @Test func shutdownSavesTheDraft() {
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let desk = ReducerTestDesk(ticketCount: 3)
        let runtime = Runtime(backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, clock: { Fixture.t0 }, mode: .background)
        runtime.start()
        #expect(runtime.waitUntilIdle())
        runtime.process(.key(.enter))
        #expect(runtime.waitUntilIdle())
        runtime.process(.key(.char("r")))
        for c in "稍等" { runtime.process(.key(.char(c))) }
        #expect(terminal.frame.lines().contains { $0.hasPrefix("compose: 稍等") })
        runtime.requestShutdown()
        runtime.run()  // sees the request, saves, returns
        #expect(terminal.isShutDown)
        #expect(desk.savedDraft(1)?.body == "稍等")
    }

    @Test func draftIsOfferedBackAfterAReconnect() {
        let desk = ReducerTestDesk(ticketCount: 3)
        desk.putDraft(Draft(ticketId: 1, agent: "lin", kind: .reply, body: "half written", updatedAt: Fixture.t0))
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let runtime = Runtime(backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, clock: { Fixture.t0 }, mode: .inline)
        runtime.process(.key(.enter))
        guard case .confirm = runtime.state.modal else { Issue.record("no offer"); return }
        runtime.process(.key(.char("y")))
        #expect(runtime.state.compose?.editor.text == "half written")
    }

    @Test func otherAgentsChangesShowUpOnTheNextPoll() {
        let desk = ReducerTestDesk(ticketCount: 3)
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        var now = Fixture.t0
        nonisolated(unsafe) var clockNow = now
        let runtime = Runtime(backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, clock: { clockNow }, mode: .inline)
        runtime.process(.key(.enter))
        desk.touch(1) { $0.status = .solved; $0.assignee = "wei" }
        now = now.addingTimeInterval(1)
        clockNow = now
        runtime.send(.tick(now))
        #expect(terminal.frame.lines()[1].hasPrefix("ticket #1 solved wei"))
        #expect(runtime.state.ticket?.notice?.contains("assignee → wei") == true)
    }

    @Test func anotherAgentsAnswerStopsTheSendUntilTheAgentChooses() {
        let desk = ReducerTestDesk(ticketCount: 3)
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let runtime = Runtime(backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, clock: { Fixture.t0 }, mode: .inline)
        runtime.process(.key(.enter))
        runtime.process(.key(.char("r")))
        for c in "ok" { runtime.process(.key(.char(c))) }
        // A priority change is not an answer: the reply goes.
        desk.touch(1) { $0.priority = .high }
        runtime.process(.key(.ctrl("s")))
        #expect(runtime.state.compose == nil)
        // Writing again while wei answers: stopped, with wei's words; yes sends anyway.
        runtime.process(.key(.char("r")))
        for c in "also" { runtime.process(.key(.char(c))) }
        desk.answer(1, "Sent a replacement today")
        runtime.process(.key(.ctrl("s")))
        #expect(runtime.state.compose?.editor.text == "also")
        guard case let .confirm(question) = runtime.state.modal else { Issue.record("no question"); return }
        #expect(question.prompt.contains("wei replied") && question.prompt.contains("Sent a replacement today"))
        runtime.process(.key(.char("y")))
        #expect(runtime.state.compose == nil)
        #expect(desk.callLog().filter { $0 == "addMessage" }.count == 3)
    }

    @Test func editorRunsWithTheTerminalSuspended() {
        let desk = ReducerTestDesk(ticketCount: 3)
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        nonisolated(unsafe) var seenSuspended = false
        let runtime = Runtime(
            backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, clock: { Fixture.t0 },
            editor: { seed in seenSuspended = terminal.isSuspended; return seed + "from vim\n" }, mode: .inline)
        runtime.process(.key(.enter))
        runtime.process(.key(.char("R")))
        #expect(seenSuspended)
        #expect(!terminal.isSuspended)
        #expect(runtime.state.compose?.editor.text == "from vim")
    }

    @Test func keyLatencyIsMeasurable() {
        let desk = ReducerTestDesk(ticketCount: 300)
        let terminal = HeadlessTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(backend: terminal, desk: desk, agent: Fixture.agent, render: testRender, clock: { Fixture.t0 }, mode: .inline)
        let keys: [InputEvent] = Array(repeating: .key(.char("j")), count: 150) + [.key(.char("/"))] + "17".map { .key(.char($0)) }
        let times = runtime.measureKeyLatency(keys)
        #expect(times.count == keys.count)
        #expect(runtime.state.inbox.search.text == "17")
    }
}
