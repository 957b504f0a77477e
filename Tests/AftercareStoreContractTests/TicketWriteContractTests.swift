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

    @Test(arguments: StoreKind.allCases) func replyRecordsFirstResponseSetsStatusAndClearsDraft(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-2")
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", kind: .reply, body: "Sorry about", updatedAt: now))
        let (ticket, message) = try store.addMessage(.reply, body: "Sorry about the kettle", to: ticketId, setting: .pending, by: StoreFixtures.lina, at: now)
        #expect(ticket.status == .pending)
        #expect(ticket.firstRespondedAt == now)
        #expect(ticket.resolutionClock.runningSince == nil, "pending pauses the resolution clock")
        #expect(message.author == "lina")
        #expect(try store.draft(ticket: ticketId, agent: "lina") == nil)
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

    @Test(arguments: StoreKind.allCases) func draftsArePerAgent(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let ticketId = try store.id("T-1")
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", kind: .reply, body: "您好", updatedAt: now))
        try store.saveDraft(Draft(ticketId: ticketId, agent: "wei", kind: .note, body: "check SF", updatedAt: now))
        #expect(try store.draft(ticket: ticketId, agent: "lina")?.body == "您好")
        #expect(try store.draft(ticket: ticketId, agent: "wei")?.kind == .note)
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", kind: .reply, body: "", updatedAt: now))
        #expect(try store.draft(ticket: ticketId, agent: "lina") == nil)
    }
}

/// The next-reply clock through the store: a customer who writes again after being answered
/// waits, the next reply ends the wait, and an import replays the same from the thread.
@Suite struct NextReplyContractTests {
    let now = StoreFixtures.now

    @Test(arguments: StoreKind.allCases) func theClockRunsFromTheCustomersMessageToTheNextReply(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let id = try store.id("T-6")
        try store.addMessage(.reply, body: "您好，这样清洗", to: id, by: StoreFixtures.lina, at: now)
        let asked = try store.receiveInbound(body: "还是洗不干净", on: id, at: now.addingTimeInterval(600))
        #expect(asked.awaitingReplySince == now.addingTimeInterval(600))
        let policy = try store.refreshSettings().sla
        #expect(policy.state(of: asked, at: now.addingTimeInterval(700)).nextReply != .none)
        let answered = try store.addMessage(.reply, body: "试试小苏打", to: id, by: StoreFixtures.lina, at: now.addingTimeInterval(1200)).ticket
        #expect(answered.awaitingReplySince == nil)
        #expect(answered.nextReplies.count == 1)
        #expect(try store.ticket(id).nextReplies == answered.nextReplies)

        // Export, import into a new store: the thread replays into the same record.
        let copy = try kind.make()
        var batch = InterchangeBatch()
        try store.export { record in
            switch record {
            case let .customer(c): batch.customers.append(c)
            case let .order(o): batch.orders.append(o)
            case let .ticket(t, _): batch.tickets.append(t)
            case let .touchpoint(t): batch.touchpoints.append(t)
            }
        }
        _ = try copy.importBatch(batch, by: StoreFixtures.lina, at: now)
        #expect(try copy.ticket(try copy.id("T-6")).nextReplies == answered.nextReplies)
    }
}

@Suite struct ImportContractTests {
    let now = StoreFixtures.now

    @Test(arguments: StoreKind.allCases) func importingTwiceDoesNotDuplicate(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let again = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: now)
        #expect(again.customersAdded == 0 && again.ordersAdded == 0 && again.ticketsAdded == 0 && again.messagesAdded == 0)
        #expect(again.customersUpdated == 3)
        #expect(try store.count(InboxFilter(statuses: TicketStatus.allCases), now: now) == 10)
    }

    @Test(arguments: StoreKind.allCases) func countersAreDerivedFromOrders(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let detail = try store.detail(ticket: 1)
        #expect(detail.customer.name == "王小雨")
        #expect(detail.customer.orderCount == 2)
        #expect(detail.customer.lifetimeSpend.minorUnits == 39800)
        #expect(detail.recentOrders.count == 2)
        #expect(detail.recentOrders[0].shipments.first?.trackingNumber.hasPrefix("SF") == true)
        #expect(detail.otherTickets.count == 3)
    }

    @Test(arguments: StoreKind.allCases) func aReferenceToAnUnknownCustomerRejectsTheWholeBatch(_ kind: StoreKind) throws {
        let store = try kind.make()
        var batch = StoreFixtures.smallDesk()
        batch.tickets.append(StoreFixtures.ticket(99, customer: 42, subject: "x", body: "y", createdHoursAgo: 1))
        let lines: @Sendable (RecordKind, String) -> Int? = { kind, id in kind == .ticket && id == "T-99" ? 17 : nil }
        #expect(throws: StoreError.importRejected(lines: ["line 17: ticket T-99 refers to customer C-42, which is neither in the file nor in the store"])) {
            try store.importBatch(batch, mergedInto: [], by: StoreFixtures.lina, at: now, lineOf: lines)
        }
        #expect(try store.count(InboxFilter(statuses: TicketStatus.allCases), now: now) == 0, "nothing partial")
    }

    @Test(arguments: StoreKind.allCases) func exportStreamsEveryRecordWithThreads(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        var kinds: [String] = []
        var threads = 0
        try store.export { record in
            switch record {
            case .customer: kinds.append("customer")
            case .order: kinds.append("order")
            case let .ticket(t, _): kinds.append("ticket"); threads += t.messages.count
            case .touchpoint: kinds.append("touchpoint")
            }
        }
        #expect(kinds.filter { $0 == "customer" }.count == 3)
        #expect(kinds.filter { $0 == "order" }.count == 3)
        #expect(kinds.filter { $0 == "ticket" }.count == 10)
        #expect(threads == 10)
    }
}
