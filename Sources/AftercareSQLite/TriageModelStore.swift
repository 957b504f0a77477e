import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// The desk's triage classifier in the store: agents' corrections (`triage_correction`) and the
/// model trained last (`triage_model`), so every process classifies with the same weights.
///
/// Writes that triage (a new ticket, a customer's next message) use the stored model as it is;
/// retraining (`retrainTriage`, run by `aftercare triage retrain` and when the console starts
/// with corrections waiting) happens outside any write transaction. A store with no model yet
/// trains one the first time a write needs it, and keeps it for every later process.
extension AppDatabase {
    public func triage() throws -> Triage {
        try read { try currentTriage($0, storingANewModel: false) }
    }

    /// The triage (rules from the settings, the stored classifier) as of `db`'s transaction. In a
    /// write transaction (`storingANewModel`), a store that has no model yet stores the one it trains.
    func currentTriage(_ db: Database, storingANewModel: Bool = true) throws -> Triage {
        Triage(rules: try currentSettings(db).triage, classifier: try currentClassifier(db, storingANewModel: storingANewModel))
    }

    private func currentClassifier(_ db: Database, storingANewModel: Bool) throws -> CategoryClassifier {
        let stored = try Row.fetchOne(db, sql: "SELECT trained_at, corrections_through, shipped_digest FROM triage_model WHERE id = 1")
        guard let stored else {
            if let cached = classifierCache.withLock({ $0?.key == "untrained" ? $0?.classifier : nil }) { return cached }
            let learnt = try corrections(db)
            let examples = triageTraining.examples() + learnt.map(\.example)
            let classifier = CategoryClassifier.train(examples)
            if storingANewModel {
                try storeModel(db, classifier, examples: examples.count, through: learnt.last?.id ?? 0, by: "aftercare", at: Date())
            } else {
                classifierCache.withLock { $0 = ("untrained", classifier) }
            }
            return classifier
        }
        let key = "\(stored["trained_at"] as Int64)/\(stored["corrections_through"] as Int64)/\(stored["shipped_digest"] as String)"
        if let cached = classifierCache.withLock({ $0?.key == key ? $0?.classifier : nil }) { return cached }
        let weights = try Data.fetchOne(db, sql: "SELECT weights FROM triage_model WHERE id = 1") ?? Data()
        guard let classifier = CategoryClassifier.deserialized(weights) else {
            throw StoreError.unreadableRecord(record: "the triage model", reason: "its weights do not read; run `aftercare triage retrain`")
        }
        classifierCache.withLock { $0 = (key, classifier) }
        return classifier
    }

    private func corrections(_ db: Database, after id: Int64 = 0, limit: Int = .max) throws -> [TriageCorrection] {
        try Row.fetchAll(db, sql: """
            SELECT id, ticket_id, language, text, category, agent, at FROM triage_correction WHERE id > ? ORDER BY id LIMIT ?
            """, arguments: [id, limit]).map { row in
            TriageCorrection(id: row["id"], ticketId: row["ticket_id"], language: Language(rawValue: row["language"]) ?? .zh,
                             text: row["text"], category: TicketCategory(rawValue: row["category"]) ?? .other,
                             agent: row["agent"], at: TicketRow.date(row["at"])!)
        }
    }

    public func triageCorrections(after id: Int64, limit: Int) throws -> [TriageCorrection] {
        try read { try corrections($0, after: id, limit: limit) }
    }

    public func triageModelStatus() throws -> TriageModelStatus {
        try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM triage_correction") ?? 0
            guard let row = try Row.fetchOne(db, sql: """
                SELECT shipped_digest, corrections_through, examples, trained_at, trained_by FROM triage_model WHERE id = 1
                """) else {
                return TriageModelStatus(trainedAt: nil, trainedBy: nil, examples: 0, corrections: total, correctionsWaiting: total,
                                         shippedExamplesCurrent: false)
            }
            let through: Int64 = row["corrections_through"]
            let waiting = try Int.fetchOne(db, sql: "SELECT count(*) FROM triage_correction WHERE id > ?", arguments: [through]) ?? 0
            return TriageModelStatus(trainedAt: TicketRow.date(row["trained_at"]), trainedBy: row["trained_by"], examples: row["examples"],
                                     corrections: total, correctionsWaiting: waiting,
                                     shippedExamplesCurrent: row["shipped_digest"] == triageTraining.digest)
        }
    }

    /// Trains on the shipped examples and every correction, and stores the model.
    @discardableResult
    public func retrainTriage(by agent: Agent, at now: Date) throws -> TriageModelStatus {
        let learnt: [TriageCorrection] = try read { db in try self.corrections(db) }
        let examples = triageTraining.examples() + learnt.map { $0.example }
        let classifier = CategoryClassifier.train(examples)
        try write { db in
            try storeModel(db, classifier, examples: examples.count, through: learnt.last?.id ?? 0, by: agent.login, at: now)
        }
        return try triageModelStatus()
    }

    private func storeModel(_ db: Database, _ classifier: CategoryClassifier, examples: Int, through correction: Int64,
                            by agent: String, at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO triage_model (id, shipped_digest, corrections_through, examples, trained_at, trained_by, weights)
            VALUES (1, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET shipped_digest = excluded.shipped_digest,
                corrections_through = excluded.corrections_through, examples = excluded.examples,
                trained_at = excluded.trained_at, trained_by = excluded.trained_by, weights = excluded.weights
            """, arguments: [triageTraining.digest, correction, examples, TicketRow.seconds(now), agent, classifier.serialized()])
    }

    /// An agent set a ticket's category by hand: what the customer wrote, filed as the agent did.
    func recordCorrection(_ db: Database, ticket: Ticket, by agent: Agent, at now: Date) throws {
        let text = try conversation(db, ticket: ticket)
        guard !text.isEmpty else { return }
        try db.execute(sql: """
            INSERT INTO triage_correction (ticket_id, language, text, category, agent, at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [ticket.id, ticket.language.rawValue, text, ticket.category.rawValue, agent.login, TicketRow.seconds(now)])
    }

    /// Everything the customer wrote on a ticket, subject first (at most ~4,000 characters: the
    /// start of a conversation says what it is about).
    func conversation(_ db: Database, ticket: Ticket) throws -> String {
        var text = ticket.subject
        let bodies = try String.fetchAll(db, sql: "SELECT body FROM message WHERE ticket_id = ? AND kind = 'inbound' ORDER BY id LIMIT 20",
                                         arguments: [ticket.id])
        for body in bodies where text.count < 4000 { text += "\n" + body }
        return String(text.prefix(4000))
    }
}
