import AftercareCore
import AftercareStore
import Foundation
import GRDB

extension InboxFilter {
    var searchQuery: String? { search.flatMap(SearchText.matchQuery) }
}

extension AppDatabase {
    /// One page of the inbox, by keyset: never more than `limit` rows are read or decoded.
    public func inboxPage(_ filter: InboxFilter, after cursor: InboxCursor? = nil, limit: Int, now: Date) throws -> InboxPage {
        try read { db in
            if filter.search != nil {
                return try searchPage(db, filter, after: cursor, limit: limit, now: now)
            }
            let (sql, arguments) = Self.queueQuery(filter, after: cursor, limit: limit + 1, now: now)
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let loyalty = try currentSettings(db).loyalty
            let summaries = rows.prefix(limit).map { TicketRow.summary($0, loyalty: loyalty) }
            var next: InboxCursor?
            if rows.count > limit, let last = rows.prefix(limit).last {
                next = .queue(inboxKey: last[TicketColumn.inboxKey], priority: last[TicketColumn.priority], id: last[TicketColumn.id])
            }
            return InboxPage(rows: summaries, next: next)
        }
    }

    /// The SQL of a queue page (no search): the filter's clauses, then the keyset cursor.
    static func queueQuery(_ filter: InboxFilter, after cursor: InboxCursor?, limit: Int, now: Date) -> (String, StatementArguments) {
        var (clauses, arguments) = whereClauses(filter, now: now)
        if case let .queue(key, priority, id) = cursor {
            clauses.append("(t.inbox_key, t.priority, t.id) > (?, ?, ?)")
            arguments += [key, priority, id]
        }
        let sql = TicketRow.select + " WHERE " + clauses.joined(separator: " AND ")
            + " ORDER BY t.inbox_key, t.priority, t.id LIMIT ?"
        arguments += [limit]
        return (sql, arguments)
    }

    /// How many tickets match (the status bar's counts). Served by the same indexes as the pages.
    public func count(_ filter: InboxFilter, now: Date) throws -> Int {
        try read { db in
            if let match = filter.searchQuery {
                let (clauses, arguments) = Self.whereClauses(filter, now: now)
                let sql = """
                    SELECT count(*) FROM ticket t WHERE t.id IN
                        (SELECT rowid >> \(SearchIndex.documentBits) FROM search_index WHERE search_index MATCH ?)
                    AND \(clauses.joined(separator: " AND "))
                    """
                return try Int.fetchOne(db, sql: sql, arguments: [match] + arguments) ?? 0
            }
            if filter.search != nil { return 0 }
            let (clauses, arguments) = Self.whereClauses(filter, now: now)
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM ticket t WHERE " + clauses.joined(separator: " AND "),
                arguments: arguments) ?? 0
        }
    }

    static func whereClauses(_ filter: InboxFilter, now: Date) -> ([String], StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let statuses = filter.statuses, !statuses.isEmpty {
            clauses.append("t.status IN (" + statuses.map { _ in "?" }.joined(separator: ",") + ")")
            arguments += StatementArguments(statuses.map(\.rawValue))
        } else {
            clauses.append("t.inbox_key < \(InboxOrder.activeLimit)")
        }
        if filter.breachedOnly {
            clauses.append("t.inbox_key < ?")
            arguments += [Int64(now.timeIntervalSince1970)]
        }
        if let priority = filter.priority {
            clauses.append("t.priority = ?")
            arguments += [priority.rank]
        }
        if let category = filter.category {
            clauses.append("t.category = ?")
            arguments += [category.rawValue]
        }
        switch filter.assignee {
        case let .agent(login):
            clauses.append("t.assignee = ?")
            arguments += [login]
        case .unassigned:
            clauses.append("t.assignee IS NULL")
        case nil:
            break
        }
        if let channel = filter.channel {
            clauses.append("t.channel = ?")
            arguments += [channel.rawValue]
        }
        if let tag = filter.tag {
            clauses.append("t.tags LIKE ?")
            arguments += ["%," + tag.lowercased() + ",%"]
        }
        return (clauses, arguments)
    }

    /// Search pages walk the full-text index newest ticket first (its rowids follow ticket ids),
    /// so the first page costs the same however many documents match.
    private func searchPage(_ db: Database, _ filter: InboxFilter, after cursor: InboxCursor?, limit: Int, now: Date) throws -> InboxPage {
        guard let match = filter.searchQuery else { return InboxPage(rows: [], next: nil) }
        var before: Int64 = Int64.max >> SearchIndex.documentBits
        if case let .search(ticket) = cursor { before = ticket }
        var found: [TicketSummary] = []
        let loyalty = try currentSettings(db).loyalty
        let (clauses, arguments) = Self.whereClauses(filter, now: now)
        let ticketSQL = TicketRow.select + " WHERE t.id = ? AND " + clauses.joined(separator: " AND ")
        let candidates = try db.cachedStatement(sql: """
            SELECT DISTINCT rowid >> \(SearchIndex.documentBits) FROM search_index
            WHERE search_index MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT 64
            """)
        let fetchTicket = try db.cachedStatement(sql: ticketSQL)
        var exhausted = false
        while found.count <= limit && !exhausted {
            let ids = try Int64.fetchAll(candidates, arguments: [match, before << SearchIndex.documentBits])
            exhausted = ids.count < 64
            for id in ids {
                before = id
                if let row = try Row.fetchOne(fetchTicket, arguments: [id] + arguments) {
                    found.append(TicketRow.summary(row, loyalty: loyalty))
                    if found.count > limit { break }
                }
            }
        }
        let page = Array(found.prefix(limit))
        let next: InboxCursor? = found.count > limit ? page.last.map { .search(beforeTicket: $0.id) } : nil
        return InboxPage(rows: page, next: next)
    }
}
