import AftercareCore
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    /// Every template in the store (built-ins are installed by `installTemplates` at init/seed).
    public func templates() throws -> [ReplyTemplate] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT name, language, situation, categories, title, body, is_built_in FROM reply_template ORDER BY name, language
                """).map { row in
                ReplyTemplate(
                    name: row[0], language: Language(rawValue: row[1]) ?? .zh,
                    situation: TemplateSituation(rawValue: row[2]) ?? .general,
                    categories: (row[3] as String).split(separator: ",").compactMap { TicketCategory(rawValue: String($0)) },
                    title: row[4], body: row[5], isBuiltIn: row[6])
            }
        }
    }

    /// Adds or replaces a template (keyed by name and language), and says which it did.
    @discardableResult
    public func saveTemplate(_ template: ReplyTemplate, by agent: Agent, at now: Date) throws -> Bool {
        try write { db in try Self.save(db, template, by: agent, at: now) }
    }

    /// Installs templates that are missing; never overwrites one the shop has edited.
    public func installTemplates(_ templates: [ReplyTemplate], by agent: Agent, at now: Date) throws {
        try write { db in
            for template in templates {
                let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM reply_template WHERE name = ? AND language = ?",
                                               arguments: [template.name, template.language.rawValue]) ?? false
                if !exists { try Self.save(db, template, by: agent, at: now) }
            }
        }
    }

    public func deleteTemplate(name: String, language: Language?, by agent: Agent) throws {
        try write { db in
            if let language {
                try db.execute(sql: "DELETE FROM reply_template WHERE name = ? AND language = ?", arguments: [name, language.rawValue])
            } else {
                try db.execute(sql: "DELETE FROM reply_template WHERE name = ?", arguments: [name])
            }
            if db.changesCount == 0 { throw StoreError.unknownTemplate(name: name, language: language) }
        }
    }

    private static func save(_ db: Database, _ t: ReplyTemplate, by agent: Agent, at now: Date) throws -> Bool {
        let existed = try Bool.fetchOne(db, sql: "SELECT 1 FROM reply_template WHERE name = ? AND language = ?",
                                        arguments: [t.name, t.language.rawValue]) ?? false
        try db.execute(sql: """
            INSERT INTO reply_template (name, language, situation, categories, title, body, is_built_in, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(name, language) DO UPDATE SET situation = excluded.situation, categories = excluded.categories,
                title = excluded.title, body = excluded.body, is_built_in = excluded.is_built_in,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """, arguments: [t.name, t.language.rawValue, t.situation.rawValue, t.categories.map(\.rawValue).joined(separator: ","),
                             t.title, t.body, t.isBuiltIn, TicketRow.seconds(now), agent.login])
        return !existed
    }
}

extension AppDatabase {
    /// The template with this name in `language`, or `StoreError.unknownTemplate`.
    public func template(named name: String, language: Language) throws -> ReplyTemplate {
        guard let match = try templates().first(where: { $0.name == name && $0.language == language }) else {
            throw StoreError.unknownTemplate(name: name, language: language)
        }
        return match
    }
}
