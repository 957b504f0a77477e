import AftercareCore
import Foundation
import GRDB
import StoreTestSupport
import Testing

@testable import AftercareSQLite
import AftercareStore

/// How the SQLite store serves the inbox: its search expressions and query plans.
@Suite struct SQLiteInboxTests {
    let now = StoreFixtures.now

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
