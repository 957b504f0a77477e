import AftercareCore
import GRDB

/// Writing `message` rows.
enum MessageRow {
    /// Inserts `message` and returns its id. Its search document is the caller's to add.
    static func insert(_ db: Database, _ message: Message, ticket: Int64) throws -> Int64 {
        let statement = try RawStatement(db, """
            INSERT INTO message (ticket_id, kind, author, channel, created_at, body) VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.bind(1, ticket)
        statement.bind(2, message.kind.rawValue)
        statement.bind(3, message.author)
        statement.bind(4, message.channel.rawValue)
        statement.bind(5, TicketRow.seconds(message.createdAt)!)
        statement.bind(6, message.body)
        try statement.run()
        return db.lastInsertedRowID
    }
}
