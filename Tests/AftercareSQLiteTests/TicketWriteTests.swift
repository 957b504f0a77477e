import AftercareCore
import Foundation
import GRDB
import Testing

@testable import AftercareSQLite
import AftercareStore

@Suite struct TicketWriteTests {
    let now = StoreFixtures.now

    func id(_ external: String, _ store: AppDatabase) throws -> Int64 {
        try store.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM ticket WHERE external_id = ?", arguments: [external])! }
    }

    @Test func staleVersionIsAConflictNamingWhoChangedIt() throws {
        let store = try StoreFixtures.seededStore()
        let ticketId = try id("T-3", store)
        let seen = try store.ticket(ticketId).version
        try store.apply([.assign("wei")], to: ticketId, expectedVersion: seen, by: StoreFixtures.wei, at: now)
        #expect(throws: StoreError.conflict(ticketId: ticketId, expected: seen, actual: seen + 1, changedBy: "wei", changedAt: now)) {
            try store.apply([.assign("lina")], to: ticketId, expectedVersion: seen, by: StoreFixtures.lina, at: now)
        }
        #expect(try store.ticket(ticketId).assignee == "wei", "the stale write changed nothing")
    }

    @Test func everyChangeIsAuditedWithTheAgent() throws {
        let store = try StoreFixtures.seededStore()
        let ticketId = try id("T-6", store)
        try store.apply([.setStatus(.open), .setPriority(.high), .addTag("VIP")], to: ticketId, by: StoreFixtures.lina, at: now)
        let trail = try store.auditTrail(ticket: ticketId)
        #expect(trail.map(\.change.field) == ["status", "priority", "tags"])
        #expect(trail.allSatisfy { $0.agent == "lina" && $0.version == 2 })
        #expect(trail[0].change == AuditChange(field: "status", old: "new", new: "open"))
        #expect(try store.ticket(ticketId).priorityIsManual)
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "UPDATE audit SET agent = 'mallory'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "DELETE FROM audit") }
        }
    }

    @Test func invalidTransitionIsRefusedAndNothingIsWritten() throws {
        let store = try StoreFixtures.seededStore()
        let ticketId = try id("T-8", store)  // solved
        try store.apply([.setStatus(.closed)], to: ticketId, by: StoreFixtures.lina, at: now)
        #expect(throws: DomainError.invalidTransition(ticketId: ticketId, from: .closed, to: .open)) {
            try store.apply([.setStatus(.open)], to: ticketId, by: StoreFixtures.lina, at: now)
        }
        #expect(try store.ticket(ticketId).status == .closed)
        #expect(try store.auditTrail(ticket: ticketId).count == 1)
    }

    @Test func replyRecordsFirstResponseSetsStatusAndClearsDraft() throws {
        let store = try StoreFixtures.seededStore()
        let ticketId = try id("T-2", store)
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

    @Test func noteChangesNoClock() throws {
        let store = try StoreFixtures.seededStore()
        let ticketId = try id("T-6", store)
        let (ticket, _) = try store.addMessage(.note, body: "已联系仓库", to: ticketId, by: StoreFixtures.lina, at: now)
        #expect(ticket.firstRespondedAt == nil)
        #expect(ticket.status == .new)
    }

    @Test func customerReplyReopensPendingAndClosedGetsAFollowUp() throws {
        let store = try StoreFixtures.seededStore()
        let pending = try id("T-7", store)
        #expect(try store.receiveInbound(body: "还没收到", on: pending, at: now).status == .open)
        let solved = try id("T-8", store)
        try store.apply([.setStatus(.closed)], to: solved, by: StoreFixtures.lina, at: now)
        let followUp = try store.receiveInbound(body: "It broke again", on: solved, at: now)
        #expect(followUp.id != solved)
        #expect(followUp.status == .new)
        #expect(followUp.tags.contains("follow-up"))
        #expect(try store.detail(ticket: followUp.id).messages.map(\.body) == ["It broke again"])
    }

    @Test func draftsArePerAgent() throws {
        let store = try StoreFixtures.seededStore()
        let ticketId = try id("T-1", store)
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", kind: .reply, body: "您好", updatedAt: now))
        try store.saveDraft(Draft(ticketId: ticketId, agent: "wei", kind: .note, body: "check SF", updatedAt: now))
        #expect(try store.draft(ticket: ticketId, agent: "lina")?.body == "您好")
        #expect(try store.draft(ticket: ticketId, agent: "wei")?.kind == .note)
        try store.saveDraft(Draft(ticketId: ticketId, agent: "lina", kind: .reply, body: "", updatedAt: now))
        #expect(try store.draft(ticket: ticketId, agent: "lina") == nil)
    }

    @Test func concurrentWritersFromSeparateConnectionsNeverSeeLocked() async throws {
        let seeded = try StoreFixtures.seededStore()
        let path = seeded.path!
        let ticketId = try id("T-1", seeded)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let store = try AppDatabase(path: path, mode: .mustExist)
                    for n in 0..<25 {
                        try store.addMessage(.note, body: "writer \(writer) note \(n)", to: ticketId, by: Agent(login: "w\(writer)"), at: StoreFixtures.now)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try seeded.detail(ticket: ticketId).messages.count == 101)
        #expect(try seeded.ticket(ticketId).version == 101)
    }
}

@Suite struct ImportTests {
    let now = StoreFixtures.now

    @Test func importingTwiceDoesNotDuplicate() throws {
        let store = try StoreFixtures.seededStore()
        let again = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: now)
        #expect(again.customersAdded == 0 && again.ordersAdded == 0 && again.ticketsAdded == 0 && again.messagesAdded == 0)
        #expect(again.customersUpdated == 3)
        #expect(try store.count(InboxFilter(statuses: TicketStatus.allCases), now: now) == 10)
    }

    @Test func countersAreDerivedFromOrders() throws {
        let store = try StoreFixtures.seededStore()
        let detail = try store.detail(ticket: 1)
        #expect(detail.customer.name == "王小雨")
        #expect(detail.customer.orderCount == 2)
        #expect(detail.customer.lifetimeSpend.minorUnits == 39800)
        #expect(detail.recentOrders.count == 2)
        #expect(detail.recentOrders[0].shipments.first?.trackingNumber.hasPrefix("SF") == true)
        #expect(detail.otherTickets.count == 3)
    }

    @Test func aReferenceToAnUnknownCustomerRejectsTheWholeBatch() throws {
        let store = try AppDatabase.temporary()
        var batch = StoreFixtures.smallDesk()
        batch.tickets.append(StoreFixtures.ticket(99, customer: 42, subject: "x", body: "y", createdHoursAgo: 1))
        let lines: @Sendable (RecordKind, String) -> Int? = { kind, id in kind == .ticket && id == "T-99" ? 17 : nil }
        #expect(throws: StoreError.importRejected(lines: ["line 17: ticket T-99 refers to customer C-42, which is neither in the file nor in the store"])) {
            try store.importBatch(batch, by: StoreFixtures.lina, at: now, lineOf: lines)
        }
        #expect(try store.count(InboxFilter(statuses: TicketStatus.allCases), now: now) == 0, "nothing partial")
    }

    @Test func exportStreamsEveryRecordWithThreads() throws {
        let store = try StoreFixtures.seededStore()
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
        #expect(kinds.filter { $0 == "ticket" }.count == 10)
        #expect(threads == 10)
    }
}
