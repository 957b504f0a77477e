import GRDB
import GRDBSQLite

/// A value to bind, computed ahead of the write (see `PreparedBatch`).
enum ColumnValue: Sendable {
    case int(Int64?)
    case text(String?)

    static func bool(_ value: Bool) -> ColumnValue { .int(value ? 1 : 0) }
}

/// A prepared statement driven through SQLite's C API, for the bulk-load path only.
///
/// Seeding and importing run millions of inserts; GRDB's per-execution work (argument arrays of
/// existentials, region tracking) cost more than the insert itself there. The statement still
/// comes from, and runs inside, the GRDB connection's current transaction. Everywhere else uses
/// GRDB's API.
struct RawStatement {
    private let handle: OpaquePointer
    private let db: Database

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        handle = try db.cachedStatement(sql: sql).sqliteStatement
    }

    /// SQLite copies text and blobs bound with this destructor.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int64(handle, index, value ? 1 : 0) }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int?) { bind(index, value.map(Int64.init)) }

    func bind(_ index: Int32, _ value: ColumnValue) {
        switch value {
        case let .int(number): bind(index, number)
        case let .text(text): bind(index, text)
        }
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(handle, index); return }
        value.withUTF8 { bind(index, utf8: $0) }
    }

    func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress {
            _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
            }
        } else {
            _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
        }
    }

    /// Runs the statement to completion.
    func run() throws {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
    }

    /// Runs an INSERT and returns the new row's id. (Cheaper than `RETURNING id`, which makes
    /// SQLite collect the returned rows in a temporary table on every execution.)
    func runInsert() throws -> Int64 {
        try run()
        return sqlite3_last_insert_rowid(sqlite3_db_handle(handle))
    }

    /// Runs an upsert (`INSERT … ON CONFLICT DO UPDATE`): the new row's id when it inserted, nil
    /// when it updated an existing row (SQLite then leaves the last inserted id as it was).
    /// Nil can also, rarely, mean an insert that reused that same id: callers look the row up.
    func runUpsert() throws -> Int64? {
        let connection = sqlite3_db_handle(handle)
        let before = sqlite3_last_insert_rowid(connection)
        try run()
        let after = sqlite3_last_insert_rowid(connection)
        return after == before ? nil : after
    }

    /// Runs a statement whose first result column is an integer (`RETURNING id`, `SELECT id`).
    func runReturningInt64() throws -> Int64? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0) }
        guard code == SQLITE_DONE else { throw error(code) }
        return nil
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
    }
}
