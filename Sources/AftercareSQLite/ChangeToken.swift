import AftercareStore
import GRDB

extension AppDatabase {
    /// A number that grows whenever any process commits a ticket change, a message, a new ticket
    /// or new desk settings (each writes a row with a new largest id). Four index lookups: cheap
    /// to poll.
    public func changeToken() throws -> Int64 {
        try read { db in
            try Int64.fetchOne(db, sql: """
                SELECT coalesce((SELECT max(id) FROM audit), 0) + coalesce((SELECT max(id) FROM message), 0)
                     + coalesce((SELECT max(id) FROM ticket), 0) + coalesce((SELECT max(version) FROM desk_settings), 0)
                """) ?? 0
        }
    }
}
