import AftercareStore
import Foundation
import GRDB
import Synchronization

/// The store's connections to its file: reads go through a pool of read-only connections, writes
/// through one writer connection opened on the first write.
///
/// Why two: GRDB's writable `DatabasePool` writes to the file as it opens (it makes sure the WAL
/// file is not empty by creating and dropping a table), so a process that only meant to read took
/// the write lock and waited out another process's import, seed or `sqlite3` transaction. Read-only
/// connections take no lock in WAL mode and never change the file: `list`, `show` and a console's
/// start go on during any write, and a read command cannot turn a stray file into a store.
///
/// An in-memory store (tests) has one queue for both.
final class StoreConnections: Sendable {
    private enum Source {
        case file(path: String, writable: Bool)
        case fixed(any DatabaseWriter)
    }

    private let source: Source
    private let opened = Mutex<(reader: DatabasePool?, writer: DatabaseQueue?)>((nil, nil))

    /// Connections to the store file at `path`; `writable: false` refuses every write.
    init(path: String, writable: Bool) {
        source = .file(path: path, writable: writable)
    }

    /// Both reads and writes on `writer` (an in-memory queue, or a file opened by the caller).
    init(fixed writer: any DatabaseWriter) {
        source = .fixed(writer)
    }

    /// The connection pool reads use; opened on first use.
    func reader() throws -> any DatabaseReader {
        switch source {
        case let .fixed(writer):
            return writer
        case let .file(path, _):
            return try opened.withLock { state in
                if let pool = state.reader { return pool }
                var config = AppDatabase.configuration()
                config.readonly = true
                let pool = try DatabasePool(path: path, configuration: config)
                state.reader = pool
                return pool
            }
        }
    }

    /// The writer connection; opened on the first write. It puts the file in WAL mode when it is
    /// not (a new store, or a bulk load that stopped half-way): the mode is stored in the file.
    func writer() throws -> any DatabaseWriter {
        switch source {
        case let .fixed(writer):
            return writer
        case let .file(path, writable):
            guard writable else { throw StoreError.openedForReading(path: path) }
            return try opened.withLock { state in
                if let queue = state.writer { return queue }
                let queue = try DatabaseQueue(path: path, configuration: AppDatabase.configuration())
                try queue.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    }
                }
                state.writer = queue
                return queue
            }
        }
    }

    /// Closes the idle read connections (a bulk load leaves WAL mode only when no connection,
    /// ours included, has the store open). The next read opens them again.
    func closeReaders() {
        opened.withLock { state in
            try? state.reader?.close()
            state.reader = nil
        }
    }
}
