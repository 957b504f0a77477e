import AftercareCore
import AftercareStore
import GRDB

/// Writing `message` rows.
enum MessageRow {
    static let insertSQL = "INSERT INTO message (ticket_id, kind, author, channel, created_at, body) VALUES (?, ?, ?, ?, ?, ?)"

    /// Inserts `message` and returns its id. Its search document is the caller's to add.
    static func insert(_ db: Database, _ message: Message, ticket: Int64) throws -> Int64 {
        try insert(RawStatement(db, insertSQL), message, ticket: ticket)
    }

    /// `insert` through a statement prepared once for many messages.
    static func insert(_ statement: RawStatement, _ message: Message, ticket: Int64) throws -> Int64 {
        statement.bind(1, ticket)
        statement.bind(2, message.kind.rawValue)
        statement.bind(3, message.author)
        statement.bind(4, message.channel.rawValue)
        statement.bind(5, TicketRow.seconds(message.createdAt)!)
        statement.bind(6, message.body)
        return try statement.runInsert()
    }
}
