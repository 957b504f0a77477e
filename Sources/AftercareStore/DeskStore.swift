import AftercareCore
import AftercareInterchange
import Foundation

/// The desk's store, as the command line, the console and the demo seeder see it: intent-named
/// reads and writes, never SQL. `AftercareSQLite` implements it today; a PostgreSQL
/// implementation can come later without touching its callers. `Tests/AftercareStoreContractTests`
/// is the behaviour every implementation must show.
///
/// Promises every implementation keeps:
/// - each write runs in one transaction and, where a ticket changes, bumps its `version` and
///   appends to the audit trail; with `expectedVersion`, a ticket someone else changed meanwhile
///   is a `StoreError.conflict`, never an overwrite;
/// - lists are paged by keyset (`inboxPage`), never loaded whole; readers never wait for writers;
/// - errors are `StoreError`, whose `kind` the command line and the console both act on.
public protocol DeskStore: AnyObject, Sendable {
    /// Where the store is (a file path today), for messages.
    var location: String { get }
    /// The desk's settings as this process last read them (SLA clocks, tiers, triage…). Writes
    /// always use the current version; `refreshSettings()` picks up another agent's change.
    var settings: DeskSettings { get }
    /// Bytes the desk takes in its store (benchmarks: size per ticket).
    func sizeOnDisk() -> Int64

    // MARK: Queue and tickets

    /// One page of the inbox (or of a search), in inbox order (search: newest first).
    func inboxPage(_ filter: InboxFilter, after cursor: InboxCursor?, limit: Int, now: Date) throws -> InboxPage
    /// How many tickets match a filter (status bar counts).
    func count(_ filter: InboxFilter, now: Date) throws -> Int
    func ticket(_ id: Int64) throws -> Ticket
    func summary(ticket id: Int64) throws -> TicketSummary
    /// The thread and the customer's history.
    func detail(ticket id: Int64) throws -> TicketDetail
    /// A ticket's audit trail, oldest first.
    func auditTrail(ticket id: Int64) throws -> [AuditEntry]
    /// A number that changes whenever any process commits a change; cheap enough to poll.
    func changeToken() throws -> Int64

    // MARK: Ticket writes

    @discardableResult
    func apply(_ changes: [TicketChange], to id: Int64, expectedVersion: Int64?, by agent: Agent, at now: Date) throws -> Ticket
    /// A reply or an internal note, optionally moving the status in the same transaction, if
    /// `guard` still holds (else `StoreError.conflict` or `.answeredMeanwhile`, nothing written).
    /// A reply with placeholder holes is refused (`PlaceholderHoles`).
    @discardableResult
    func addMessage(_ kind: MessageKind, body: String, to id: Int64, setting status: TicketStatus?,
                    guard: WriteGuard, by agent: Agent, at now: Date) throws -> (ticket: Ticket, message: Message)
    /// A customer wrote again on a ticket; a closed ticket gets a follow-up ticket instead.
    @discardableResult
    func receiveInbound(body: String, on id: Int64, at now: Date) throws -> Ticket
    /// A customer wrote about something new: a triaged ticket with the message as its thread.
    func openTicket(customer: String, order: String?, channel: Channel, subject: String, body: String, at now: Date) throws -> Ticket

    // MARK: Drafts (per ticket, agent and console)

    /// Saves a console's draft; an empty body discards it.
    func saveDraft(_ draft: Draft) throws
    /// The console's own draft, else the newest one the agent left in a console that is gone.
    func draft(ticket id: Int64, agent: String, session: String, now: Date) throws -> Draft?
    func discardDraft(ticket id: Int64, agent: String, session: String) throws

    // MARK: Presence (which consoles are open where)

    func heartbeat(_ presence: ConsolePresence) throws
    func endSession(_ session: String) throws
    func presence(at now: Date) throws -> [ConsolePresence]

    // MARK: Reply templates

    func templates() throws -> [ReplyTemplate]
    func template(named name: String, language: Language) throws -> ReplyTemplate
    /// Adds or replaces a template; true when it was new.
    @discardableResult
    func saveTemplate(_ template: ReplyTemplate, by agent: Agent, at now: Date) throws -> Bool
    /// Adds built-in templates the store does not have yet (a shop's edits are kept).
    func installTemplates(_ templates: [ReplyTemplate], by agent: Agent, at now: Date) throws
    func deleteTemplate(name: String, language: Language?, by agent: Agent) throws

    // MARK: Desk settings (one set for the whole desk, versioned and audited)

    /// Re-reads the settings when another process saved a newer version; returns the current ones.
    func refreshSettings() throws -> DeskSettings
    /// The current settings' version (0 before any).
    func settingsVersion() throws -> Int64
    /// Saves new settings as the next version, with an audit row per changed key. With
    /// `expectedVersion`, a version saved by someone else meanwhile is `StoreError.settingsConflict`.
    /// When the calendar or the targets change, the inbox order of every active ticket is
    /// recomputed in the same transaction.
    @discardableResult
    func saveSettings(_ settings: DeskSettings, expectedVersion: Int64?, by agent: Agent, at now: Date) throws -> SettingsSaved
    /// Saved versions, newest first.
    func settingsHistory(limit: Int) throws -> [SettingsRevision]

    // MARK: Triage (rules from the settings, a classifier trained on shipped examples and corrections)

    /// The desk's triage as stored now (a store that has none yet trains one).
    func triage() throws -> Triage
    /// Agents' category corrections after `id`, oldest first.
    func triageCorrections(after id: Int64, limit: Int) throws -> [TriageCorrection]
    func triageModelStatus() throws -> TriageModelStatus
    /// Trains a model on the shipped examples and every correction, and stores it.
    @discardableResult
    func retrainTriage(by agent: Agent, at now: Date) throws -> TriageModelStatus

    // MARK: Reports

    /// Streams the facts of every ticket created in [since, until), one at a time.
    func forEachTicketFacts(createdFrom since: Date?, to until: Date?, _ visit: (TicketFacts) throws -> Void) throws

    // MARK: Moving desks in and out

    /// Writes a validated batch in one transaction (an upsert by external id); a reference the
    /// store cannot resolve rejects the whole batch, naming its line (`lineOf`).
    func importBatch(_ batch: InterchangeBatch, mergedInto: [String?], by agent: Agent, at now: Date,
                     lineOf: @escaping @Sendable (RecordKind, String) -> Int?) throws -> ImportSummary
    /// Loads batches of new records into an empty store as fast as the store allows (seeding).
    /// `progress` gets the number of tickets loaded so far.
    func bulkLoad<Batches: Sequence>(_ batches: Batches, by agent: Agent, at now: Date, progress: ((Int) -> Void)?) throws
        where Batches.Element == InterchangeBatch
    /// Streams the whole desk from one consistent snapshot, a record at a time.
    func export(_ emit: (ExportRecord) throws -> Void) throws
}

/// The common short forms (protocol requirements cannot have default arguments).
extension DeskStore {
    public func inboxPage(_ filter: InboxFilter, limit: Int, now: Date) throws -> InboxPage {
        try inboxPage(filter, after: nil, limit: limit, now: now)
    }

    @discardableResult
    public func apply(_ changes: [TicketChange], to id: Int64, by agent: Agent, at now: Date) throws -> Ticket {
        try apply(changes, to: id, expectedVersion: nil, by: agent, at: now)
    }

    @discardableResult
    public func addMessage(_ kind: MessageKind, body: String, to id: Int64, setting status: TicketStatus? = nil,
                           by agent: Agent, at now: Date) throws -> (ticket: Ticket, message: Message) {
        try addMessage(kind, body: body, to: id, setting: status, guard: .none, by: agent, at: now)
    }

    public func importBatch(_ batch: InterchangeBatch, by agent: Agent, at now: Date) throws -> ImportSummary {
        try importBatch(batch, mergedInto: [], by: agent, at: now, lineOf: { _, _ in nil })
    }
}

/// One key of the desk settings that a save changed.
public struct SettingsChange: Sendable, Hashable, Codable {
    /// Dotted key as the settings file writes it (`calendar.timezone`, `triage.rules[2]`).
    public var key: String
    public var old: String?
    public var new: String?

    public init(key: String, old: String?, new: String?) {
        self.key = key
        self.old = old
        self.new = new
    }
}

/// A saved version of the desk settings: who saved it, when, and what it changed.
public struct SettingsRevision: Sendable, Hashable, Codable {
    public var version: Int64
    public var agent: String
    public var at: Date
    public var changes: [SettingsChange]

    public init(version: Int64, agent: String, at: Date, changes: [SettingsChange]) {
        self.version = version
        self.agent = agent
        self.at = at
        self.changes = changes
    }
}

/// What saving the settings did.
public struct SettingsSaved: Sendable, Hashable, Codable {
    /// Nil when nothing changed (no new version is written).
    public var revision: SettingsRevision?
    /// Active tickets whose inbox order was recomputed (the calendar or the targets changed).
    public var reorderedTickets: Int

    public init(revision: SettingsRevision?, reorderedTickets: Int) {
        self.revision = revision
        self.reorderedTickets = reorderedTickets
    }
}
