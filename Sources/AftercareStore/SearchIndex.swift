import GRDB

/// The contentless FTS5 table `search_index`. Each ticket has documents: number 0 is its subject,
/// 1, 2, … its messages in order. The rowid is `ticket id << documentBits | document number`, so
/// the index's own order groups a ticket's documents and runs newest ticket first: a search page
/// needs no sort, and `rowid >> documentBits` is the ticket id without a join.
enum SearchIndex {
    static let documentBits: Int64 = 20
    static let maxDocumentsPerTicket: Int64 = (1 << documentBits) - 1

    static func rowid(ticket: Int64, document: Int64) -> Int64 {
        (ticket << documentBits) | min(document, maxDocumentsPerTicket)
    }

    static func add(_ db: Database, ticket: Int64, document: Int64, text: String) throws {
        guard document <= maxDocumentsPerTicket else { return }
        let statement = try db.cachedStatement(sql: "INSERT INTO search_index (rowid, text) VALUES (?, ?)")
        try statement.execute(arguments: [rowid(ticket: ticket, document: document), SearchText.indexForm(text)])
    }

    /// Contentless FTS5 deletes a document by repeating the text that was indexed.
    static func remove(_ db: Database, ticket: Int64, document: Int64, text: String) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', ?, ?)")
        try statement.execute(arguments: [rowid(ticket: ticket, document: document), SearchText.indexForm(text)])
    }
}
