import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit
import Testing

@Suite struct ReducerComposeTests {
    @Test func replyTypesChineseIncludingKeysThatAreCommandsElsewhere() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        #expect(state.modal == .compose)
        #expect(state.compose?.kind == .reply)
        _ = Fixture.type("qj您好", into: &state)
        _ = reduce(&state, .input(.paste("，请稍等\n谢谢")))
        #expect(state.compose?.editor.text == "qj您好，请稍等\n谢谢")
        _ = reduce(&state, Fixture.key("Up"))
        #expect(state.compose?.editor.cursor.line == 0)
        _ = reduce(&state, Fixture.key("BS"))
        #expect(state.compose?.draftDirty == true)
    }

    @Test func draftsSaveWhenTypingPauses() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("c"))
        #expect(state.compose?.kind == .note)
        _ = Fixture.type("call carrier", into: &state)
        // Same second: not yet.
        #expect(!reduce(&state, .tick(Fixture.t0.addingTimeInterval(0.5))).contains { if case .saveDraft = $0 { true } else { false } })
        let effects = reduce(&state, .tick(Fixture.t0.addingTimeInterval(1.5)))
        #expect(effects.contains(.saveDraft(Draft(ticketId: 1, agent: "lin", session: "console", kind: .note, body: "call carrier", baseVersion: 1,
                                                  updatedAt: Fixture.t0.addingTimeInterval(1.5)))))
        #expect(state.compose?.draftDirty == false)
        #expect(!reduce(&state, .tick(Fixture.t0.addingTimeInterval(3))).contains { if case .saveDraft = $0 { true } else { false } })
    }

    @Test func sendWithStatusThenClearsComposeAndDraft() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("Refund issued", into: &state)
        _ = reduce(&state, Fixture.key("C-x"))
        guard case .menu = state.modal else { Issue.record("no send menu"); return }
        let effects = reduce(&state, Fixture.key("p"))
        let request = SendRequest(ticketId: 1, kind: .reply, body: "Refund issued", status: .pending, guard: .unansweredSince(1))
        #expect(effects == [.send(request)])
        #expect(state.compose?.sending == true)
        // Typing while it sends is fine; a second send is refused.
        #expect(reduce(&state, Fixture.key("C-s")).isEmpty)
        var saved = Fixture.ticket(1, status: .pending, version: 2)
        saved.firstRespondedAt = Fixture.t0
        let after = reduce(&state, .sent(request, .success(saved)))
        #expect(state.compose == nil && state.modal == nil)
        #expect(after.contains(.saveDraft(Draft(ticketId: 1, agent: "lin", session: "console", kind: .reply, body: "", updatedAt: Fixture.t0))))
        #expect(after.contains(.loadDetail(ticketId: 1)))
        #expect(state.ticket?.detail?.ticket.status == .pending)
        #expect(state.status?.text.contains("status → pending") == true)
    }

    @Test func commandLineSendSetsStatus() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("Done", into: &state)
        _ = reduce(&state, Fixture.key("Esc"))
        _ = reduce(&state, Fixture.key(":"))
        _ = Fixture.type("send solved", into: &state)
        let effects = reduce(&state, Fixture.key("Enter"))
        #expect(effects == [.send(SendRequest(ticketId: 1, kind: .reply, body: "Done", status: .solved, guard: .unansweredSince(1)))])
    }

    /// Two agents answering one customer: the second send is refused with who answered, when and
    /// what; the text stays; sending anyway is the agent's explicit choice.
    @Test func anAnswerMeanwhileIsShownAndSendingAnywayIsAChoice() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("My careful reply", into: &state)
        // Another agent's change reloads the ticket while this one writes: the send still guards
        // against answers after the version the agent started from.
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(Fixture.detail(Fixture.ticket(1, assignee: "wei", version: 2)))))
        let effects = reduce(&state, Fixture.key("C-s"))
        guard case let .send(request) = effects.first else { Issue.record("no send"); return }
        #expect(request.writeGuard == .unansweredSince(1))
        let change = MeanwhileChange(kind: .reply, agent: "wei", at: Fixture.t0.addingTimeInterval(-120), detail: "亲，已经为您补发了")
        let after = reduce(&state, .sent(request, .failure(.answeredMeanwhile(ticketId: 1, changes: [change]))))
        #expect(after == [.loadDetail(ticketId: 1)])
        #expect(state.compose?.editor.text == "My careful reply" && state.compose?.sending == false)
        guard case let .confirm(question) = state.modal else { Issue.record("no question: \(String(describing: state.modal))"); return }
        #expect(question.prompt == "wei replied 2m ago: “亲，已经为您补发了”. Send your reply anyway?")
        // No: back to the text, nothing sent.
        #expect(reduce(&state, Fixture.key("n")).isEmpty)
        #expect(state.modal == .compose && state.compose?.editor.text == "My careful reply")
        // Asked again, yes: sent on purpose, without the guard.
        _ = reduce(&state, .sent(request, .failure(.answeredMeanwhile(ticketId: 1, changes: [change]))))
        let anyway = reduce(&state, Fixture.key("y"))
        #expect(anyway == [.send(SendRequest(ticketId: 1, kind: .reply, body: "My careful reply", status: nil, guard: .none))])
    }

    @Test func aStaleVersionOnSendReloadsAndKeepsTheText() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("My careful reply", into: &state)
        let effects = reduce(&state, Fixture.key("C-s"))
        guard case let .send(request) = effects.first else { Issue.record("no send"); return }
        let after = reduce(&state, .sent(request, .failure(.conflict(ticketId: 1, changedBy: "wei", changedAt: nil))))
        #expect(after == [.loadDetail(ticketId: 1)])
        #expect(state.compose?.editor.text == "My careful reply")
        #expect(state.status?.text.contains("wei") == true)
    }

    @Test func emptyMessagesAreNotSent() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("   ", into: &state)
        #expect(reduce(&state, Fixture.key("C-s")).isEmpty)
        #expect(state.status?.text.contains("empty") == true)
    }

    @Test func externalEditorSeedsAndReturnsText() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("draft", into: &state)
        _ = reduce(&state, Fixture.key("Esc"))
        let effects = reduce(&state, Fixture.key("E"))
        let request = EditorRequest(ticketId: 1, kind: .reply, seed: "draft")
        #expect(effects.last == .openEditor(request))
        let after = reduce(&state, .editorFinished(request, "draft, longer\n"))
        #expect(state.compose?.editor.text == "draft, longer")
        #expect(state.modal == .compose)
        #expect(after.contains { if case let .saveDraft(d) = $0 { d.body == "draft, longer" } else { false } })
        // Nothing back from the editor: the text stays.
        _ = reduce(&state, .editorFinished(request, nil))
        #expect(state.compose?.editor.text == "draft, longer")
    }

    /// The refusal holds on every path the text can take: a restored draft and the external
    /// editor carry no record of the template, so the text itself is checked.
    @Test func holesInARestoredDraftOrAnEditorsTextAreRefused() {
        var state = Fixture.ticketState()
        _ = reduce(&state, .draftLoaded(ticketId: 1, Draft(ticketId: 1, agent: "lin", kind: .reply,
                                                            body: "新的«product.name»将于«new_date»发出", updatedAt: Fixture.t0)))
        _ = reduce(&state, Fixture.key("y"))
        #expect(state.compose?.editor.text.contains("«product.name»") == true)
        #expect(!reduce(&state, Fixture.key("C-s")).contains { if case .send = $0 { true } else { false } })
        #expect(state.status?.text.contains("fill in first: product.name, new_date") == true, "\(String(describing: state.status))")

        // From $EDITOR with the closing marks deleted.
        let request = EditorRequest(ticketId: 1, kind: .reply, seed: state.compose?.editor.text ?? "")
        _ = reduce(&state, .editorFinished(request, "新的«product.name将于«new_date发出\n"))
        #expect(!reduce(&state, Fixture.key("C-s")).contains { if case .send = $0 { true } else { false } })
        // Filled in: sent.
        _ = reduce(&state, .editorFinished(request, "新的保温杯将于周五发出\n"))
        #expect(reduce(&state, Fixture.key("C-s")).contains { if case .send = $0 { true } else { false } })
    }

    @Test func replyFromTheInboxOpensTheTicket() {
        var state = Fixture.inboxState()
        let effects = reduce(&state, Fixture.key("R"))
        #expect(effects == [.loadDetail(ticketId: 1), .loadDraft(ticketId: 1), .openEditor(EditorRequest(ticketId: 1, kind: .reply, seed: ""))])
        #expect(state.screen == .ticket)
    }

    @Test func discardAsksThenDeletesTheDraft() {
        var state = Fixture.ticketState()
        _ = reduce(&state, Fixture.key("r"))
        _ = Fixture.type("oops", into: &state)
        _ = reduce(&state, Fixture.key("C-g"))
        guard case .confirm = state.modal else { Issue.record("no confirm"); return }
        let effects = reduce(&state, Fixture.key("y"))
        #expect(state.compose == nil)
        #expect(effects == [.saveDraft(Draft(ticketId: 1, agent: "lin", session: "console", kind: .reply, body: "", updatedAt: Fixture.t0))])
    }
}
