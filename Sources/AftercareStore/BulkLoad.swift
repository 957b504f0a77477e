import AftercareCore
import Foundation
import GRDB

extension AppDatabase {
    /// Loads many batches into an EMPTY store as fast as SQLite allows (`seed`, `bench`).
    ///
    /// Secondary indexes of the big tables are dropped first and rebuilt at the end (building an
    /// index from sorted data is far cheaper than millions of random inserts into it), and the
    /// writer skips fsync and WAL checkpoints until the end. Each batch is still its own
    /// transaction. On any error the indexes are rebuilt before the error is rethrown.
    public func bulkLoad(by agent: Agent, at now: Date, _ body: (_ load: (PreparedBatch) throws -> ImportSummary) throws -> Void) throws {
        let indexes: [(name: String, sql: String)] = try pool.write { db in
            let ticketCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket") ?? 0
            guard ticketCount == 0 else { throw StoreError.notEmpty(path: path, tickets: ticketCount) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('ticket', 'message') AND sql NOT LIKE 'CREATE UNIQUE%'
                """)
            for row in rows { try db.execute(sql: "DROP INDEX \(row[0] as String)") }
            return rows.map { ($0[0], $0[1]) }
        }
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        func restore() throws {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction {
                    for index in indexes { try db.execute(sql: index.sql) }
                    return .commit
                }
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
                _ = try db.checkpoint(.truncate)
            }
        }
        do {
            try body { batch in try self.importPrepared(batch, by: agent, at: now) }
        } catch {
            try? restore()
            throw error
        }
        try restore()
    }
}
