import AftercareCore
import AftercareSettingsFile
import AftercareStore
import GRDB

/// Append-only, named schema migrations. Never edit a migration that has shipped: add a new one.
///
/// Missing ones run inside ONE `BEGIN IMMEDIATE` transaction that first reads which ones are
/// applied, so two processes opening a new store at the same moment serialise on SQLite's write
/// lock and the second finds nothing left to do. (GRDB's DatabaseMigrator reads the applied list before taking
/// the lock, and two processes would both try to create the tables.)
enum StoreMigrations {
    /// `PRAGMA application_id` of an Aftercare store ("AFTC"): tells our files from other SQLite files.
    static let applicationID: Int32 = 0x4146_5443

    static let all: [(name: String, apply: @Sendable (Database) throws -> Void)] = [
        ("v1-schema", { try $0.execute(sql: v1Schema) }),
        ("v2-filter-indexes-on-active-tickets", { try $0.execute(sql: v2FilterIndexesOnActiveTickets) }),
        ("v3-settings-next-reply-returns", v3SettingsNextReplyAndReturns),
        ("v4-paused-overdue-tickets-keyed-as-breached", v4PausedOverdueTicketsKeyedAsBreached),
        ("v5-presence-and-drafts-per-console", { try $0.execute(sql: v5PresenceAndDraftsPerConsole) }),
    ]

    /// Brings `store` to the current schema. A store that is already current is only read, on a
    /// read-only connection (no lock), so opening it never waits for another process's write: a
    /// list or a console starts while an import or a seed holds the lock. A store of an earlier
    /// release is upgraded when `mayMigrate`, else refused (read commands never change a store).
    static func prepare(_ store: AppDatabase, mayMigrate: Bool) throws {
        let location = store.location
        // A new file has nothing to read yet: the writer creates it (and sets WAL mode) first.
        if mayMigrate, let path = store.path, StoreFiles.isEmpty(path) { _ = try store.writeWithoutTransaction { _ in } }
        if try store.read({ try isCurrent($0, location: location) }) { return }
        guard mayMigrate else { throw StoreError.needsUpgrade(path: location) }
        try store.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                // Read again under the lock: another process may have migrated meanwhile.
                if try isCurrent(db, location: location) { return .commit }
                try migrate(db)
                return .commit
            }
        }
    }

    /// True when every known migration is applied; throws for a foreign file or a newer schema.
    private static func isCurrent(_ db: Database, location: String) throws -> Bool {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appID != applicationID && tableCount > 0 {
            throw StoreError.notAnAftercareStore(path: location, reason: "it holds other tables")
        }
        guard try db.tableExists("schema_migration") else { return false }
        let applied = Set(try String.fetchAll(db, sql: "SELECT name FROM schema_migration"))
        let known = Set(all.map(\.name))
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty { throw StoreError.newerSchema(path: location, unknownMigrations: unknown.sorted()) }
        return applied == known
    }

    private static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY NOT NULL, applied_at INTEGER NOT NULL)")
        let applied = Set(try String.fetchAll(db, sql: "SELECT name FROM schema_migration"))
        for migration in all where !applied.contains(migration.name) {
            try migration.apply(db)
            try db.execute(
                sql: "INSERT INTO schema_migration (name, applied_at) VALUES (?, strftime('%s','now'))",
                arguments: [migration.name])
        }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
    }

    /// Dates are INTEGER Unix seconds (compact and fast to compare); money is INTEGER minor units.
    /// `ticket.inbox_key` is the inbox order (see `InboxOrder`), so one index serves the queue and
    /// keyset paging. The search index is contentless FTS5 whose rowid encodes (ticket id, document
    /// number): see `SearchIndex`; it keeps no per-document sizes (`columnsize=0`) because results are
    /// ordered by rowid, never ranked.
    static let v1Schema = """
    CREATE TABLE customer (
        id INTEGER PRIMARY KEY,
        external_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        language TEXT NOT NULL,
        contacts TEXT NOT NULL,
        opted_out INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        order_count INTEGER NOT NULL DEFAULT 0,
        lifetime_spend INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE shop_order (
        id INTEGER PRIMARY KEY,
        external_id TEXT NOT NULL UNIQUE,
        customer_id INTEGER NOT NULL REFERENCES customer(id),
        number TEXT NOT NULL,
        placed_at INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        currency TEXT NOT NULL,
        amount_cny INTEGER NOT NULL,
        items TEXT NOT NULL,
        shipments TEXT NOT NULL,
        returns TEXT NOT NULL
    );
    CREATE INDEX shop_order_by_customer ON shop_order(customer_id, placed_at);
    CREATE TABLE ticket (
        id INTEGER PRIMARY KEY,
        external_id TEXT NOT NULL UNIQUE,
        customer_id INTEGER NOT NULL REFERENCES customer(id),
        order_id INTEGER REFERENCES shop_order(id),
        channel TEXT NOT NULL,
        language TEXT NOT NULL,
        subject TEXT NOT NULL,
        status TEXT NOT NULL,
        priority INTEGER NOT NULL,
        category TEXT NOT NULL,
        priority_manual INTEGER NOT NULL DEFAULT 0,
        category_manual INTEGER NOT NULL DEFAULT 0,
        tags TEXT NOT NULL DEFAULT '',
        assignee TEXT,
        department TEXT,
        merged_into INTEGER REFERENCES ticket(id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        first_responded_at INTEGER,
        solved_at INTEGER,
        clock_used INTEGER NOT NULL DEFAULT 0,
        clock_since INTEGER,
        version INTEGER NOT NULL DEFAULT 1,
        csat INTEGER,
        nps INTEGER,
        reply_count INTEGER NOT NULL DEFAULT 0,
        message_count INTEGER NOT NULL DEFAULT 0,
        last_message_at INTEGER,
        sla_due INTEGER,
        inbox_key INTEGER NOT NULL
    );
    CREATE INDEX ticket_inbox ON ticket(inbox_key, priority, id);
    CREATE INDEX ticket_by_assignee ON ticket(assignee, inbox_key, priority, id);
    CREATE INDEX ticket_by_status ON ticket(status, inbox_key, priority, id);
    CREATE INDEX ticket_by_category ON ticket(category, inbox_key, priority, id);
    CREATE INDEX ticket_by_channel ON ticket(channel, inbox_key, priority, id);
    CREATE INDEX ticket_by_customer ON ticket(customer_id, created_at);
    CREATE TABLE message (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES ticket(id),
        kind TEXT NOT NULL,
        author TEXT NOT NULL,
        channel TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX message_by_ticket ON message(ticket_id, id);
    CREATE VIRTUAL TABLE search_index USING fts5(text, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2');
    CREATE TABLE touchpoint (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer(id),
        order_id INTEGER REFERENCES shop_order(id),
        kind TEXT NOT NULL,
        channel TEXT NOT NULL,
        at INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX touchpoint_once ON touchpoint(customer_id, kind, at);
    CREATE TABLE draft (
        ticket_id INTEGER NOT NULL REFERENCES ticket(id),
        agent TEXT NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (ticket_id, agent)
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL,
        agent TEXT NOT NULL,
        at INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        version INTEGER NOT NULL
    );
    CREATE INDEX audit_by_ticket ON audit(ticket_id, id);
    CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TABLE setting (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    );
    CREATE TABLE reply_template (
        name TEXT NOT NULL,
        language TEXT NOT NULL,
        situation TEXT NOT NULL,
        categories TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        is_built_in INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (name, language)
    );
    """

    /// The assignee, category and channel views list active tickets (the inbox), so their indexes
    /// need only those rows: about a third of a mature desk, and a third of the time to build
    /// after a bulk load. `5000000000` is `InboxOrder.activeLimit`, the bound the inbox query
    /// states, which lets SQLite use these partial indexes. Filtering solved or closed tickets goes
    /// through `ticket_by_status`.
    static let v2FilterIndexesOnActiveTickets = """
    DROP INDEX ticket_by_assignee;
    DROP INDEX ticket_by_category;
    DROP INDEX ticket_by_channel;
    CREATE INDEX ticket_by_assignee ON ticket(assignee, inbox_key, priority, id) WHERE inbox_key < 5000000000;
    CREATE INDEX ticket_by_category ON ticket(category, inbox_key, priority, id) WHERE inbox_key < 5000000000;
    CREATE INDEX ticket_by_channel ON ticket(channel, inbox_key, priority, id) WHERE inbox_key < 5000000000;
    """

    /// Desk settings move into the store (versioned, audited), tickets get the next-reply clock,
    /// and returns get a table of their own (they are opened and advanced from the desk).
    ///
    /// - `desk_settings`: one row per version, the settings' canonical TOML text; the highest
    ///   version is current. Version 1 is today's behaviour with the shop name the store had.
    /// - `settings_audit`: who changed which key, when, from what to what. Both append-only.
    /// - `ticket.next_reply_*`: since when the customer waits for a next reply, and the record of
    ///   next replies given (count, late, business seconds).
    /// - `order_return`: the returns that lived in `shop_order.returns` (JSON), a row each.
    /// - `triage_correction`: each time an agent changes a ticket's category by hand, the
    ///   customer's words and the chosen category, a labelled example for the classifier;
    ///   `triage_model`: the classifier trained last, what it learnt from, and its weights.
    /// - `shop_order.items` and `shipments` move to the interchange format's form, so one codec
    ///   (`InterchangeParts`) writes and reads them (their v1 form was Swift's Codable keys).
    static func v3SettingsNextReplyAndReturns(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE desk_settings (
                version INTEGER PRIMARY KEY,
                body TEXT NOT NULL,
                changed_by TEXT NOT NULL,
                changed_at INTEGER NOT NULL
            );
            CREATE TRIGGER desk_settings_is_append_only_update BEFORE UPDATE ON desk_settings
                BEGIN SELECT RAISE(ABORT, 'settings versions are append-only'); END;
            CREATE TRIGGER desk_settings_is_append_only_delete BEFORE DELETE ON desk_settings
                BEGIN SELECT RAISE(ABORT, 'settings versions are append-only'); END;
            CREATE TABLE settings_audit (
                id INTEGER PRIMARY KEY,
                version INTEGER NOT NULL,
                agent TEXT NOT NULL,
                at INTEGER NOT NULL,
                key TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT
            );
            CREATE INDEX settings_audit_by_version ON settings_audit(version);
            CREATE TRIGGER settings_audit_is_append_only_update BEFORE UPDATE ON settings_audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER settings_audit_is_append_only_delete BEFORE DELETE ON settings_audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

            CREATE TABLE triage_correction (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                category TEXT NOT NULL,
                agent TEXT NOT NULL,
                at INTEGER NOT NULL
            );
            CREATE TABLE triage_model (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                shipped_digest TEXT NOT NULL,
                corrections_through INTEGER NOT NULL,
                examples INTEGER NOT NULL,
                trained_at INTEGER NOT NULL,
                trained_by TEXT NOT NULL,
                weights BLOB NOT NULL
            );

            ALTER TABLE ticket ADD COLUMN next_reply_since INTEGER;
            ALTER TABLE ticket ADD COLUMN next_reply_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE ticket ADD COLUMN next_reply_late INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE ticket ADD COLUMN next_reply_seconds INTEGER NOT NULL DEFAULT 0;

            CREATE TABLE order_return (
                id INTEGER PRIMARY KEY,
                order_id INTEGER NOT NULL REFERENCES shop_order(id),
                rma TEXT NOT NULL,
                kind TEXT NOT NULL,
                reason TEXT NOT NULL,
                state TEXT NOT NULL,
                refund_amount INTEGER,
                refund_currency TEXT,
                requested_at INTEGER NOT NULL
            );
            CREATE INDEX order_return_by_order ON order_return(order_id, id);
            INSERT INTO order_return (order_id, rma, kind, reason, state, refund_amount, refund_currency, requested_at)
                SELECT o.id, json_extract(r.value, '$.rmaNumber'), json_extract(r.value, '$.kind'),
                       json_extract(r.value, '$.reason'), json_extract(r.value, '$.state'),
                       json_extract(r.value, '$.refundAmount.minorUnits'), json_extract(r.value, '$.refundAmount.currency'),
                       json_extract(r.value, '$.requestedAt')
                FROM shop_order o, json_each(o.returns) r ORDER BY o.id, r.key;
            ALTER TABLE shop_order DROP COLUMN returns;

            UPDATE shop_order SET items = (
                SELECT json_group_array(json_object(
                    'currency', json_extract(i.value, '$.unitPrice.currency'), 'name', json_extract(i.value, '$.name'),
                    'quantity', json_extract(i.value, '$.quantity'), 'sku', json_extract(i.value, '$.sku'),
                    'unit_price', json_extract(i.value, '$.unitPrice.minorUnits')))
                FROM json_each(shop_order.items) i);
            UPDATE shop_order SET shipments = (
                SELECT json_group_array(json_object(
                    'carrier', json_extract(s.value, '$.carrier'),
                    'milestones', json((SELECT json_group_array(json_object(
                        'at', strftime('%Y-%m-%dT%H:%M:%SZ', json_extract(m.value, '$.at'), 'unixepoch'),
                        'kind', json_extract(m.value, '$.kind'), 'location', json_extract(m.value, '$.location')))
                        FROM json_each(s.value, '$.milestones') m)),
                    'tracking_number', json_extract(s.value, '$.trackingNumber')))
                FROM json_each(shop_order.shipments) s);
            """)
        var settings = DeskSettings.standard
        if let name = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'shop_name'"), !name.isEmpty {
            settings.shop.name = name
        }
        try db.execute(sql: "INSERT INTO desk_settings (version, body, changed_by, changed_at) VALUES (1, ?, 'aftercare', strftime('%s','now'))",
                       arguments: [SettingsFile.render(settings)])
        try db.execute(sql: "DROP TABLE setting")
    }

    /// Paused tickets past their resolution target were keyed among the paused ones, so the
    /// breached view missed them: key every active ticket again with today's rule.
    static func v4PausedOverdueTicketsKeyedAsBreached(_ db: Database) throws {
        _ = try InboxReorder.recompute(db, policy: try AppDatabase.storedSettings(db).sla)
    }

    /// Consoles say they are there (`console_session`, one row each, rewritten every few seconds);
    /// drafts are kept per console, with the ticket version their writer started from.
    static let v5PresenceAndDraftsPerConsole = """
    CREATE TABLE console_session (
        session TEXT PRIMARY KEY,
        agent TEXT NOT NULL,
        terminal TEXT NOT NULL,
        ticket_id INTEGER,
        composing INTEGER NOT NULL DEFAULT 0,
        seen_at INTEGER NOT NULL
    );
    CREATE TABLE draft_per_console (
        ticket_id INTEGER NOT NULL REFERENCES ticket(id),
        agent TEXT NOT NULL,
        session TEXT NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        base_version INTEGER,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (ticket_id, agent, session)
    );
    INSERT INTO draft_per_console (ticket_id, agent, session, kind, body, updated_at)
        SELECT ticket_id, agent, '', kind, body, updated_at FROM draft;
    DROP TABLE draft;
    ALTER TABLE draft_per_console RENAME TO draft;
    """
}
