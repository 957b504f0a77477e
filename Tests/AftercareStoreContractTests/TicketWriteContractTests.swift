import AftercareCore
import AftercareInterchange
import AftercareStore
import Foundation
import StoreTestSupport
import Testing

/// Ticket writes every store makes the same way: versions and conflicts, the audit trail, replies,
/// notes, customer messages, drafts; imports and exports.
@Suite struct TicketWriteContractTests {
    let now = StoreFixtures.now

    @Test(arguments: StoreKind.allCases) func staleVersionIsAConflictNamingWhoChangedIt(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-3")
        let seen = try store.ticket(ticketId).version
        try store.apply([.assign("wei")], to: ticketId, expectedVersion: seen, by: StoreFixtures.wei, at: now)
        #expect(throws: StoreError.conflict(ticketId: ticketId, expected: seen, actual: seen + 1, changedBy: "wei", changedAt: now)) {
            try store.apply([.assign("lina")], to: ticketId, expectedVersion: seen, by: StoreFixtures.lina, at: now)
        }
        #expect(try store.ticket(ticketId).assignee == "wei", "the stale write changed nothing")
    }

    /// Two agents never answer one customer twice without knowing: a reply guarded by the
    /// version the agent started writing from is refused once anyone replied or added a note, or
    /// someone else changed the status, after it; other changes do not stop it.
    @Test(arguments: StoreKind.allCases) func aSecondAnswerIsRefusedWithWhoAnsweredAndWhat(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-2")
        let started = try store.ticket(ticketId).version
        // wei raises the priority: not an answer.
        try store.apply([.setPriority(.urgent)], to: ticketId, by: StoreFixtures.wei, at: now)
        // lina changes the status herself: not someone else's.
        try store.apply([.setStatus(.open)], to: ticketId, by: StoreFixtures.lina, at: now)
        let first = try store.addMessage(.reply, body: "第一条回复", to: ticketId, setting: nil, guard: .unansweredSince(started),
                                         by: StoreFixtures.lina, at: now)
        // wei wrote from the same starting point: refused, naming lina and her text.
        let before = try store.detail(ticket: ticketId).messages.count
        do {
            try store.addMessage(.reply, body: "第二条回复", to: ticketId, setting: nil, guard: .unansweredSince(started),
                                 by: StoreFixtures.wei, at: now.addingTimeInterval(60))
            Issue.record("a second answer went out")
        } catch let StoreError.answeredMeanwhile(id, changes) {
            #expect(id == ticketId)
            #expect(changes == [MeanwhileChange(kind: .status, agent: "lina", at: now, detail: "new → open"),
                                MeanwhileChange(kind: .reply, agent: "lina", at: now, detail: "第一条回复")])
        }
        #expect(try store.detail(ticket: ticketId).messages.count == before)
        // From the version after lina's reply, wei's note goes.
        try store.addMessage(.note, body: "已看到", to: ticketId, setting: nil, guard: .unansweredSince(first.ticket.version),
                             by: StoreFixtures.wei, at: now)
        // A status change by someone else stops a reply too.
        let seen = try store.ticket(ticketId).version
        try store.apply([.setStatus(.pending)], to: ticketId, by: StoreFixtures.wei, at: now)
        #expect(throws: StoreError.answeredMeanwhile(ticketId: ticketId, changes: [MeanwhileChange(kind: .status, agent: "wei", at: now, detail: "open → pending")])) {
            try store.addMessage(.reply, body: "回复", to: ticketId, setting: nil, guard: .unansweredSince(seen), by: StoreFixtures.lina, at: now)
        }
        // The strict form: any change at all.
        #expect(throws: StoreError.self) {
            try store.addMessage(.note, body: "x", to: ticketId, setting: nil, guard: .version(seen), by: StoreFixtures.lina, at: now)
        }
    }

    /// No reply with a placeholder hole reaches a customer, whichever way its text was written:
    /// the store checks the text itself. Internal notes may keep them.
    @Test(arguments: StoreKind.allCases) func aReplyWithPlaceholderHolesIsRefusedWhole(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-2")
        let before = try store.detail(ticket: ticketId)
        for body in ["Your «product.name» ships on «new_date».", "We resend «product.name soon", "Hi {{customer.name}}"] {
            #expect(throws: DomainError.self, "\(body)") {
                try store.addMessage(.reply, body: body, to: ticketId, by: StoreFixtures.lina, at: now)
            }
        }
        let after = try store.detail(ticket: ticketId)
        #expect(after.messages.count == before.messages.count && after.ticket.version == before.ticket.version)
        try store.addMessage(.note, body: "template left «coupon.code» for wei", to: ticketId, by: StoreFixtures.lina, at: now)
        try store.addMessage(.reply, body: "已为您补发，单号 SF1001。《使用说明》见附件。", to: ticketId, by: StoreFixtures.lina, at: now)
    }

    @Test(arguments: StoreKind.allCases) func everyChangeIsAuditedWithTheAgent(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-6")
        try store.apply([.setStatus(.open), .setPriority(.high), .addTag("VIP")], to: ticketId, by: StoreFixtures.lina, at: now)
        let trail = try store.auditTrail(ticket: ticketId)
        #expect(trail.map(\.change.field) == ["status", "priority", "tags"])
        #expect(trail.allSatisfy { $0.agent == "lina" && $0.version == 2 })
        #expect(trail[0].change == AuditChange(field: "status", old: "new", new: "open"))
        #expect(try store.ticket(ticketId).priorityIsManual)
    }

    @Test(arguments: StoreKind.allCases) func invalidTransitionIsRefusedAndNothingIsWritten(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-8")  // solved
        try store.apply([.setStatus(.closed)], to: ticketId, by: StoreFixtures.lina, at: now)
        #expect(throws: DomainError.invalidTransition(ticketId: ticketId, from: .closed, to: .open)) {
            try store.apply([.setStatus(.open)], to: ticketId, by: StoreFixtures.lina, at: now)
        }
        #expect(try store.ticket(ticketId).status == .closed)
        #expect(try store.auditTrail(ticket: ticketId).count == 1)
    }

    @Test(arguments: StoreKind.allCases) func replyRecordsFirstResponseAndSetsStatus(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-2")
        let (ticket, message) = try store.addMessage(.reply, body: "Sorry about the kettle", to: ticketId, setting: .pending, by: StoreFixtures.lina, at: now)
        #expect(ticket.status == .pending)
        #expect(ticket.firstRespondedAt == now)
        #expect(ticket.resolutionClock.runningSince == nil, "pending pauses the resolution clock")
        #expect(message.author == "lina")
        let detail = try store.detail(ticket: ticketId)
        #expect(detail.messages.map(\.kind) == [.inbound, .reply])
        #expect(detail.summary.replyCount == 1)
    }

    @Test(arguments: StoreKind.allCases) func noteChangesNoClock(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-6")
        let (ticket, _) = try store.addMessage(.note, body: "已联系仓库", to: ticketId, by: StoreFixtures.lina, at: now)
        #expect(ticket.firstRespondedAt == nil)
        #expect(ticket.status == .new)
    }

    @Test(arguments: StoreKind.allCases) func customerReplyReopensPendingAndClosedGetsAFollowUp(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let pending = try store.id("T-7")
        #expect(try store.receiveInbound(body: "还没收到", on: pending, at: now).status == .open)
        let solved = try store.id("T-8")
        try store.apply([.setStatus(.closed)], to: solved, by: StoreFixtures.lina, at: now)
        let followUp = try store.receiveInbound(body: "It broke again", on: solved, at: now)
        #expect(followUp.id != solved)
        #expect(followUp.status == .new)
        #expect(followUp.tags.contains("follow-up"))
        #expect(try store.detail(ticket: followUp.id).messages.map(\.body) == ["It broke again"])
    }

    /// Drafts are per agent and per console: two consoles of one agent never write into each
    /// other's text; a console that is gone leaves its draft for the agent's next console.
    @Test(arguments: StoreKind.allCases) func draftsArePerAgentAndConsole(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-1")
        func live(_ session: String, _ agent: String) throws {
            try store.heartbeat(ConsolePresence(session: session, agent: agent, terminal: "pts/\(session)", ticketId: ticketId,
                                                composing: true, seenAt: now))
        }
        try live("1", "lina")
        try live("2", "lina")
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", session: "1", kind: .reply, body: "您好", baseVersion: 1, updatedAt: now))
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", session: "2", kind: .reply, body: "Hello", updatedAt: now))
        try store.saveDraft(Draft(ticketId: ticketId, agent: "wei", session: "3", kind: .note, body: "check SF", updatedAt: now))
        #expect(try store.draft(ticket: ticketId, agent: "lina", session: "1", now: now)?.body == "您好")
        #expect(try store.draft(ticket: ticketId, agent: "lina", session: "1", now: now)?.baseVersion == 1)
        #expect(try store.draft(ticket: ticketId, agent: "lina", session: "2", now: now)?.body == "Hello")
        #expect(try store.draft(ticket: ticketId, agent: "wei", session: "3", now: now)?.kind == .note)
        // lina's third console sees neither of the others' drafts while they are open…
        #expect(try store.draft(ticket: ticketId, agent: "lina", session: "9", now: now) == nil)
        // …but once console 1 has closed (or not been heard from for a minute), its draft is offered.
        try store.endSession("1")
        #expect(try store.draft(ticket: ticketId, agent: "lina", session: "9", now: now)?.body == "您好")
        let later = now.addingTimeInterval(ConsolePresence.liveWindow + 1)
        #expect(try store.draft(ticket: ticketId, agent: "lina", session: "9", now: later)?.session != nil)
        try store.discardDraft(ticket: ticketId, agent: "lina", session: "1")
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", session: "2", kind: .reply, body: "", updatedAt: now))
        #expect(try store.draft(ticket: ticketId, agent: "lina", session: "9", now: later) == nil)
        // Sending does not touch drafts (a console clears its own).
        try store.saveDraft(Draft(ticketId: ticketId, agent: "wei", session: "3", kind: .note, body: "still here", updatedAt: now))
        try store.addMessage(.note, body: "sent from the command line", to: ticketId, by: StoreFixtures.wei, at: now)
        #expect(try store.draft(ticket: ticketId, agent: "wei", session: "3", now: now)?.body == "still here")
    }

    /// Which consoles are open where: live for a minute after their last heartbeat, gone at once
    /// when they close.
    @Test(arguments: StoreKind.allCases) func presenceShowsLiveConsolesOnly(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-1")
        try store.heartbeat(ConsolePresence(session: "a", agent: "lina", terminal: "pts/1", ticketId: ticketId, composing: true, seenAt: now))
        try store.heartbeat(ConsolePresence(session: "b", agent: "wei", terminal: "pts/2", ticketId: nil, composing: false, seenAt: now))
        #expect(try store.presence(at: now).map(\.session) == ["a", "b"])
        #expect(try store.presence(at: now).first?.composing == true)
        try store.heartbeat(ConsolePresence(session: "a", agent: "lina", terminal: "pts/1", ticketId: nil, composing: false,
                                            seenAt: now.addingTimeInterval(30)))
        #expect(try store.presence(at: now.addingTimeInterval(60)).map(\.session) == ["a"], "b was last heard 60 s ago")
        try store.endSession("a")
        #expect(try store.presence(at: now.addingTimeInterval(60)).isEmpty)
    }
}
