import AftercareCore
import AftercareInterchange
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    /// Loads many batches of NEW records into an EMPTY store as fast as SQLite allows (`seed`, `bench`).
    ///
    /// - Secondary indexes of the big tables are dropped first and rebuilt at the end (building an
    ///   index from sorted data is far cheaper than millions of random inserts into it). Indexes
    ///   that rows arrive in the order of (a thread's messages, a customer's tickets) stay: each
    ///   insert appends to them.
    /// - The store leaves WAL mode for the load when no other connection has it open (each batch's
    ///   rows then reach the file once, instead of once in the WAL and again at the checkpoint);
    ///   the rollback journal keeps every batch atomic. The writer skips fsync until the end.
    /// - The search index is built beside the store on a second thread (`SideSearchIndex`) and
    ///   copied in at the end.
    ///
    /// Each batch is still its own transaction. On any error, what was loaded before it is left
    /// complete (indexes rebuilt, searchable) before the error is rethrown.
    ///
    /// Generating and preparing the next batches (JSON columns, SLA keys, search text) runs on a
    /// thread of its own, overlapping with the writer (one core each). An in-memory store has no
    /// file to build beside: it imports batch by batch.
    public func bulkLoad<Batches: Sequence>(_ batches: Batches, by agent: Agent, at now: Date, progress: ((Int) -> Void)?) throws
        where Batches.Element == InterchangeBatch
    {
        let settings = try refreshSettings()
        let prepared = Prefetching(batches.lazy.map { PreparedBatch($0, settings: settings) }, depth: 2)
        var done = 0
        let report: (Int) -> Void = { count in
            done += count
            progress?(done)
        }
        guard let path else {
            try checkEmpty()
            try prepared.forEach { batch in
                _ = try importPrepared(batch, by: agent, at: now, search: .sameTransaction, lineOf: { _, _ in nil })
                report(batch.batch.tickets.count)
            }
            return
        }
        try bulkLoad(at: path, by: agent, now: now) { load in
            try prepared.forEach { batch in
                _ = try load(batch)
                report(batch.batch.tickets.count)
            }
        }
    }

    private func checkEmpty() throws {
        let ticketCount = try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM ticket") ?? 0 }
        guard ticketCount == 0 else { throw StoreError.notEmpty(path: location, tickets: ticketCount) }
    }

    private func bulkLoad(
        at path: String, by agent: Agent, now: Date,
        _ body: (_ load: (PreparedBatch) throws -> ImportSummary) throws -> Void
    ) throws {
        try checkEmpty()
        let (indexes, searchDefinition) = try write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('ticket', 'message') AND sql NOT LIKE 'CREATE UNIQUE%'
                    AND name NOT IN ('message_by_ticket', 'ticket_by_customer')
                """)
            for row in rows { try db.execute(sql: "DROP INDEX \(row[0] as String)") }
            let searchDefinition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'search_index'")!
            return (rows.map { (name: $0[0] as String, sql: $0[1] as String) }, searchDefinition)
        }
        let side = try SideSearchIndex(beside: path, definition: searchDefinition)
        defer { side.discard() }
        // Our own idle readers keep the WAL open, and leaving WAL mode needs it closed everywhere.
        connections.closeReaders()
        try writeWithoutTransaction { db in
            // Fails while another process has the store open: the load then stays in WAL mode,
            // with one checkpoint at the end.
            _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        func finish() throws {
            // The store's indexes are rebuilt while the side index catches up with the last batches.
            try writeWithoutTransaction { db in
                try db.inTransaction {
                    for index in indexes { try db.execute(sql: index.sql) }
                    return .commit
                }
            }
            let search = Result { try side.finish(); try side.install(into: path) }
            try writeWithoutTransaction { db in
                // Back to WAL (every later open of the pool would switch it back anyway).
                _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
                // Another process reading an old snapshot holds back part of the WAL: fold in the
                // rest now rather than wait for it (later checkpoints finish the job).
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                _ = try? db.checkpoint(.truncate)
                try db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.lockWait * 1000))")
            }
            try search.get()
        }
        do {
            try body { batch in
                let loaded = try self.importPrepared(batch, by: agent, at: now, search: .handedBack, lineOf: { _, _ in nil })
                side.add(loaded.search)
                return loaded.summary
            }
        } catch {
            try? finish()
            throw error
        }
        try finish()
    }
}
