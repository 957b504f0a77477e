import Foundation
import GRDB

/// The search index of a bulk load, built in a file of its own on a thread of its own, then
/// copied into the store in one statement per table.
///
/// Why: SQLite has one writer per file, and full-text indexing is about a third of a bulk load's
/// work. Built beside the store, it runs on the second core while the store's writer inserts the
/// rows. FTS5 keeps an index in ordinary tables (`search_index_data`, `search_index_idx`), so the
/// finished index moves into the store's (empty) tables with `INSERT … SELECT`, which SQLite
/// performs as a raw copy of the records.
final class SideSearchIndex: @unchecked Sendable {
    let path: String
    private let db: DatabaseQueue
    /// Writes happen in order on this queue; `error` is only touched on it.
    private let queue = DispatchQueue(label: "aftercare.side-search-index")
    /// At most two batches wait for the index: the store's writer never runs far ahead.
    private let slots = DispatchSemaphore(value: 2)
    private var error: Error?

    /// Creates an empty index beside `storePath`, with the store's own definition of `search_index`.
    init(beside storePath: String, definition: String) throws {
        // Named by process: two seeds started on one store must not share (or delete) each other's.
        path = storePath + "-search-build-\(getpid())"
        Self.remove(path)
        var config = Configuration()
        config.prepareDatabase { db in
            // A scratch file: thrown away on any failure, so neither a journal nor fsync is needed.
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            // FTS5 merges its segments as they accumulate, reading them back: keep them in memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        db = try DatabaseQueue(path: path, configuration: config)
        try db.write { db in try db.execute(sql: definition) }
    }

    /// Queues one batch's documents (rowids already final); blocks while two batches are waiting.
    func add(_ documents: PendingSearchDocuments) {
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard error == nil else { return }
            do {
                var documents = documents
                try db.write { db in try documents.write(db) }
            } catch {
                self.error = error
            }
        }
    }

    /// Waits for every queued batch; rethrows the first failure.
    func finish() throws {
        try queue.sync { if let error { throw error } }
    }

    /// Replaces the store's (empty) search index with this one, through a connection of its own:
    /// the store's pool connections then see a change made by another connection, and drop
    /// anything FTS5 cached about the old index.
    func install(into storePath: String) throws {
        try db.close()
        var config = Configuration()
        config.busyMode = .timeout(AppDatabase.lockWait)
        // The bulk load checkpoints once, at its very end.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        let store = try DatabaseQueue(path: storePath, configuration: config)
        defer { try? store.close() }
        try store.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS side", arguments: [path])
            defer { try? db.execute(sql: "DETACH DATABASE side") }
            try db.inTransaction(.immediate) {
                for table in ["search_index_data", "search_index_idx"] {
                    try db.execute(sql: "DELETE FROM main.\(table)")
                    try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM side.\(table)")
                }
                return .commit
            }
        }
    }

    func discard() {
        try? db.close()
        Self.remove(path)
    }

    private static func remove(_ path: String) {
        for file in [path, path + "-journal", path + "-wal", path + "-shm"] { unlink(file) }
    }
}
