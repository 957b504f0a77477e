import AftercareCore
import AftercareInterchange
import AftercareStore
import Foundation
import StoreTestSupport
import Testing

/// The inbox every store serves: order, keyset pages, filters, counts and search.
@Suite struct InboxContractTests {
    let now = StoreFixtures.now

    @Test(arguments: StoreKind.allCases) func inboxRunsBreachedFirstThenNearestDueThenPausedAndHidesSolved(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let page = try store.inboxPage(InboxFilter(), limit: 50, now: now)
        let ids = page.rows.map(\.ticket.externalId)
        #expect(!ids.contains("T-8"), "solved tickets are not in the open inbox")
        #expect(ids.last == "T-7", "paused (pending) tickets come after every running clock")
        let policy = SLAPolicy.standard
        let dues = page.rows.compactMap { policy.nextDue(for: $0.ticket) }
        #expect(dues == dues.sorted(), "running clocks are ordered by due time")
        #expect(page.next == nil)
    }

    /// A ticket paused (pending, on hold) after its resolution target passed is breached: the
    /// breached view shows it, its count agrees with `list --json` and the report, and it sorts
    /// by when it breached (the latest-running first), not by number.
    @Test(arguments: StoreKind.allCases) func pausedTicketsPastTheirTargetAreInTheBreachedView(_ kind: StoreKind) throws {
        let store = try kind.make()
        var desk = StoreFixtures.smallDesk()
        let policy = SLAPolicy.standard
        func paused(_ n: Int, lateBy late: Int64, status: TicketStatus = .pending) -> TicketWithThread {
            var thread = StoreFixtures.ticket(n, customer: 1, subject: "等待 \(n)", body: "好的", createdHoursAgo: 400, status: status)
            let target = policy.targets(for: thread.ticket).resolutionSeconds
            thread.ticket.resolutionClock = ResolutionClock(usedSeconds: target + late, runningSince: nil)
            thread.ticket.updatedAt = now.addingTimeInterval(-7200)
            return thread
        }
        desk.tickets += [paused(20, lateBy: 3600), paused(21, lateBy: 36_000, status: .onHold), paused(22, lateBy: -3600)]
        _ = try store.importBatch(desk, by: StoreFixtures.lina, at: now)

        let breached = try store.inboxPage(InboxFilter(breachedOnly: true), limit: 100, now: now).rows
        let ids = breached.map(\.ticket.externalId)
        #expect(ids.contains("T-20") && ids.contains("T-21") && !ids.contains("T-22"), "\(ids)")
        #expect(ids.firstIndex(of: "T-21")! < ids.firstIndex(of: "T-20")!, "the longer overdue comes first")
        let everyActive = try store.inboxPage(InboxFilter(), limit: 100, now: now).rows
        let breachedByState = everyActive.filter { policy.state(of: $0.ticket, at: now).isBreached }
        #expect(Set(breachedByState.map(\.id)) == Set(breached.map(\.id)))
        #expect(try store.count(InboxFilter(breachedOnly: true), now: now) == breached.count)
        var metrics = DeskMetrics(policy: policy, now: now)
        try store.forEachTicketFacts(createdFrom: nil, to: nil) { metrics.add($0) }
        #expect(metrics.report().breached == Int64(breached.count))
    }

    @Test(arguments: StoreKind.allCases) func keysetPagesConcatenateToTheWholeOrder(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let whole = try store.inboxPage(InboxFilter(), limit: 100, now: now).rows.map(\.id)
        var paged: [Int64] = []
        var cursor: InboxCursor?
        repeat {
            let page = try store.inboxPage(InboxFilter(), after: cursor, limit: 3, now: now)
            #expect(page.rows.count <= 3)
            paged += page.rows.map(\.id)
            cursor = page.next
        } while cursor != nil
        #expect(paged == whole)
        #expect(whole.count == 9)
    }

    @Test(arguments: StoreKind.allCases) func filtersNarrowTheQueue(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        func ids(_ filter: InboxFilter) throws -> Set<String> {
            Set(try store.inboxPage(filter, limit: 100, now: now).rows.map(\.ticket.externalId))
        }
        #expect(try ids(InboxFilter(assignee: .agent("lina"))) == ["T-4"])
        #expect(try ids(InboxFilter(category: .returnRefund)) == ["T-3", "T-5", "T-10"])
        #expect(try ids(InboxFilter(statuses: [.solved])) == ["T-8"])
        #expect(try ids(InboxFilter(priority: .urgent)) == ["T-4"])
        #expect(try ids(InboxFilter(assignee: .unassigned)).count == 7)
        let breached = try ids(InboxFilter(breachedOnly: true))
        #expect(breached.contains("T-1"), "200 hours old and never answered")
        #expect(!breached.contains("T-4"), "one hour old")
        #expect(try store.count(InboxFilter(breachedOnly: true), now: now) == breached.count)
        #expect(try store.count(InboxFilter(category: .returnRefund), now: now) == 3)
    }

    @Test(arguments: StoreKind.allCases) func rowsCarryTheCustomerAndTheirTier(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let row = try #require(try store.inboxPage(InboxFilter(assignee: .agent("wei")), limit: 5, now: now).rows.first)
        #expect(row.customerName == "Emily Carter")
        #expect(row.customerTier == .gold, "one order of ¥620 passes the ¥500 gold line")
    }
}

@Suite struct SearchContractTests {
    let now = StoreFixtures.now

    func search(_ text: String, in store: any DeskStore, statuses: [TicketStatus]? = nil) throws -> [String] {
        try store.inboxPage(InboxFilter(statuses: statuses, search: text), limit: 50, now: now).rows.map(\.ticket.externalId)
    }

    @Test(arguments: StoreKind.allCases) func chineseQueriesOfOneTwoAndThreeCharacters(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        #expect(try search("退", in: store) == ["T-10", "T-3"], "newest ticket first")
        #expect(try search("损坏", in: store) == ["T-4"], "the two characters must be adjacent: T-9 has 损 and 坏 apart")
        #expect(try search("未收到", in: store) == ["T-1"])
        #expect(try search("收到货", in: store) == ["T-1"])
        #expect(try search("裂开", in: store) == ["T-4"])
        #expect(try search("快递没到", in: store) == [], "no such phrase")
    }

    @Test(arguments: StoreKind.allCases) func englishWordsCaseInsensitiveAndPrefixAsYouType(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        #expect(try search("broken", in: store) == ["T-2"])
        #expect(try search("KETTLE", in: store) == ["T-2"])
        #expect(try search("refu", in: store) == ["T-5"], "the last word is a prefix while typing")
        #expect(try search("kettle lid", in: store) == ["T-2"])
        #expect(try search("kettle refund", in: store) == [], "every term must match")
        #expect(try search("thank", in: store) == [], "solved tickets are outside the open inbox")
        #expect(try search("thank", in: store, statuses: [.solved]) == ["T-8"])
    }

    @Test(arguments: StoreKind.allCases) func operatorsAndQuotesInQueriesAreHarmless(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        #expect(try search("\"broken", in: store) == ["T-2"])
        #expect(try search("broken OR NOT *", in: store) == [])
        #expect(try search("()*\"", in: store) == [])
    }

    @Test(arguments: StoreKind.allCases) func searchPagesByKeyset(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let first = try store.inboxPage(InboxFilter(search: "退"), limit: 1, now: now)
        #expect(first.rows.map(\.ticket.externalId) == ["T-10"])
        let second = try store.inboxPage(InboxFilter(search: "退"), after: first.next, limit: 1, now: now)
        #expect(second.rows.map(\.ticket.externalId) == ["T-3"])
        #expect(second.next == nil)
        #expect(try store.count(InboxFilter(search: "退"), now: now) == 2)
    }

    @Test(arguments: StoreKind.allCases) func newRepliesAreSearchable(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let id = try store.inboxPage(InboxFilter(assignee: .agent("wei")), limit: 1, now: now).rows[0].id
        try store.addMessage(.reply, body: "您的退款已原路退回 refund processed", to: id, by: StoreFixtures.wei, at: now)
        #expect(try search("原路", in: store) == ["T-5"])
        #expect(try search("processed", in: store) == ["T-5"])
    }
}
