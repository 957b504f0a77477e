import AftercareCore
import Foundation
import GRDB
import Testing

@testable import AftercareSQLite
import AftercareStore

@Suite struct InboxQueryTests {
    let now = StoreFixtures.now

    @Test func inboxRunsBreachedFirstThenNearestDueThenPausedAndHidesSolved() throws {
        let store = try StoreFixtures.seededStore()
        let page = try store.inboxPage(InboxFilter(), limit: 50, now: now)
        let ids = page.rows.map(\.ticket.externalId)
        #expect(!ids.contains("T-8"), "solved tickets are not in the open inbox")
        #expect(ids.last == "T-7", "paused (pending) tickets come after every running clock")
        let policy = SLAPolicy.standard
        let dues = page.rows.compactMap { policy.nextDue(for: $0.ticket) }
        #expect(dues == dues.sorted(), "running clocks are ordered by due time")
        #expect(page.next == nil)
    }

    @Test func keysetPagesConcatenateToTheWholeOrder() throws {
        let store = try StoreFixtures.seededStore()
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

    @Test func filtersNarrowTheQueue() throws {
        let store = try StoreFixtures.seededStore()
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

    @Test func rowsCarryTheCustomerAndTheirTier() throws {
        let store = try StoreFixtures.seededStore()
        let row = try #require(try store.inboxPage(InboxFilter(assignee: .agent("wei")), limit: 5, now: now).rows.first)
        #expect(row.customerName == "Emily Carter")
        #expect(row.customerTier == .gold, "one order of ¥620 passes the ¥500 gold line")
    }
}

@Suite struct SearchTests {
    let now = StoreFixtures.now

    func search(_ text: String, in store: AppDatabase, statuses: [TicketStatus]? = nil) throws -> [String] {
        try store.inboxPage(InboxFilter(statuses: statuses, search: text), limit: 50, now: now).rows.map(\.ticket.externalId)
    }

    @Test func chineseQueriesOfOneTwoAndThreeCharacters() throws {
        let store = try StoreFixtures.seededStore()
        #expect(try search("退", in: store) == ["T-10", "T-3"], "newest ticket first")
        #expect(try search("损坏", in: store) == ["T-4"], "the two characters must be adjacent: T-9 has 损 and 坏 apart")
        #expect(try search("未收到", in: store) == ["T-1"])
        #expect(try search("收到货", in: store) == ["T-1"])
        #expect(try search("裂开", in: store) == ["T-4"])
        #expect(try search("快递没到", in: store) == [], "no such phrase")
    }

    @Test func englishWordsCaseInsensitiveAndPrefixAsYouType() throws {
        let store = try StoreFixtures.seededStore()
        #expect(try search("broken", in: store) == ["T-2"])
        #expect(try search("KETTLE", in: store) == ["T-2"])
        #expect(try search("refu", in: store) == ["T-5"], "the last word is a prefix while typing")
        #expect(try search("kettle lid", in: store) == ["T-2"])
        #expect(try search("kettle refund", in: store) == [], "every term must match")
        #expect(try search("thank", in: store) == [], "solved tickets are outside the open inbox")
        #expect(try search("thank", in: store, statuses: [.solved]) == ["T-8"])
    }

    @Test func operatorsAndQuotesInQueriesAreHarmless() throws {
        let store = try StoreFixtures.seededStore()
        #expect(try search("\"broken", in: store) == ["T-2"])
        #expect(try search("broken OR NOT *", in: store) == [])
        #expect(try search("()*\"", in: store) == [])
    }

    @Test func searchPagesByKeyset() throws {
        let store = try StoreFixtures.seededStore()
        let first = try store.inboxPage(InboxFilter(search: "退"), limit: 1, now: now)
        #expect(first.rows.map(\.ticket.externalId) == ["T-10"])
        let second = try store.inboxPage(InboxFilter(search: "退"), after: first.next, limit: 1, now: now)
        #expect(second.rows.map(\.ticket.externalId) == ["T-3"])
        #expect(second.next == nil)
        #expect(try store.count(InboxFilter(search: "退"), now: now) == 2)
    }

    @Test func newRepliesAreSearchable() throws {
        let store = try StoreFixtures.seededStore()
        let id = try store.inboxPage(InboxFilter(assignee: .agent("wei")), limit: 1, now: now).rows[0].id
        try store.addMessage(.reply, body: "您的退款已原路退回 refund processed", to: id, by: StoreFixtures.wei, at: now)
        #expect(try search("原路", in: store) == ["T-5"])
        #expect(try search("processed", in: store) == ["T-5"])
    }

    @Test func matchQueryTranslation() {
        #expect(SearchText.matchQuery("损坏") == "\"损 坏\"")
        #expect(SearchText.matchQuery("退款 refund") == "\"退 款\" AND \"refund\"*")
        #expect(SearchText.matchQuery("  ") == nil)
        #expect(SearchText.indexForm("产品损坏了ok") == " 产  品  损  坏  了 ok")
    }

    /// Every inbox view must be served by an index in its own order (no sort, no full scan):
    /// this is what keeps the first page in milliseconds on a million tickets.
    @Test func eachViewReadsItsOwnIndexInInboxOrder() throws {
        #expect(InboxOrder.activeLimit == 5_000_000_000, "the partial filter indexes (migration v2) state this bound")
        let store = try StoreFixtures.seededStore()
        func plan(_ filter: InboxFilter) throws -> String {
            let (sql, arguments) = AppDatabase.queueQuery(filter, after: nil, limit: 51, now: now)
            return try store.writer.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
                    .joined(separator: "; ")
            }
        }
        let expected: [(InboxFilter, String)] = [
            (InboxFilter(), "ticket_inbox"),
            (InboxFilter(breachedOnly: true), "ticket_inbox"),
            (InboxFilter(category: .damaged), "ticket_by_category"),
            (InboxFilter(channel: .wechat), "ticket_by_channel"),
            (InboxFilter(assignee: .agent("lina")), "ticket_by_assignee"),
            (InboxFilter(assignee: .unassigned), "ticket_by_assignee"),
            (InboxFilter(statuses: [.solved]), "ticket_by_status"),
        ]
        for (filter, index) in expected {
            let detail = try plan(filter)
            #expect(detail.contains("USING INDEX \(index)"), "\(filter): \(detail)")
            #expect(!detail.contains("TEMP B-TREE"), "\(filter) needs no sort: \(detail)")
        }
    }
}
