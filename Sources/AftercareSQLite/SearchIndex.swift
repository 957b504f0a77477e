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
        var pending = PendingSearchDocuments()
        pending.add(ticket: ticket, document: document, text: text)
        try pending.write(db)
    }

    /// Contentless FTS5 deletes a document by repeating the text that was indexed.
    static func remove(_ db: Database, ticket: Int64, document: Int64, text: String) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', ?, ?)")
        try statement.execute(arguments: [rowid(ticket: ticket, document: document), SearchText.indexForm(text)])
    }
}

/// Search documents collected during a bulk write and inserted last, in one run.
///
/// Why: once FTS5 has pending rows in a transaction, every later statement that opens a
/// statement journal (any insert that may abort on a constraint) makes SQLite call FTS5's
/// savepoint hook, which flushes the pending rows to disk as a tiny segment. Interleaving message
/// and index inserts made seeding four times slower; writing the index last flushes it once.
struct PendingSearchDocuments: Sendable {
    private var entries: [(rowid: Int64, range: Range<Int>)] = []
    private var bytes: [UInt8]

    /// `prepared`: index-form text worked out in advance (see `PreparedBatch`), referred to by range.
    init(prepared: [UInt8] = []) { bytes = prepared }

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(ticket: Int64, document: Int64, text: String) {
        let start = bytes.count
        SearchText.appendIndexForm(of: text, to: &bytes)
        add(ticket: ticket, document: document, prepared: start..<bytes.count)
    }

    mutating func add(ticket: Int64, document: Int64, prepared range: Range<Int>) {
        guard document <= SearchIndex.maxDocumentsPerTicket else { return }
        entries.append((SearchIndex.rowid(ticket: ticket, document: document), range))
    }

    mutating func write(_ db: Database) throws {
        let statement = try RawStatement(db, "INSERT INTO search_index (rowid, text) VALUES (?, ?)")
        try bytes.withUnsafeBufferPointer { all in
            for entry in entries {
                statement.bind(1, entry.rowid)
                statement.bind(2, utf8: UnsafeBufferPointer(rebasing: all[entry.range]))
                try statement.run()
            }
        }
        entries.removeAll(keepingCapacity: true)
    }
}
