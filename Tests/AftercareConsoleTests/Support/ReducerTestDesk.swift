import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit

/// Fixtures and an in-memory `DeskService` for the console's reducer and runtime tests.
enum Fixture {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    static let agent = Agent(login: "lin", displayName: "Lin")
    static let size = Size(columns: 100, rows: 24)

    static func ticket(
        _ id: Int64, subject: String? = nil, status: TicketStatus = .open, priority: Priority = .normal,
        category: TicketCategory = .damaged, assignee: String? = nil, tags: [String] = [], version: Int64 = 1,
        language: Language = .en
    ) -> Ticket {
        Ticket(
            id: id, externalId: "T\(id)", customerExternalId: "C1", orderExternalId: "O1", channel: .email,
            language: language, subject: subject ?? "Ticket \(id)", status: status, priority: priority, category: category,
            tags: tags, assignee: assignee, createdAt: t0.addingTimeInterval(Double(id)), version: version)
    }

    static func summary(_ t: Ticket) -> TicketSummary {
        TicketSummary(ticket: t, customerName: "Sarah Miller", customerTier: .gold, replyCount: 0, messageCount: 1)
    }

    static let customer = Customer(id: 1, externalId: "C1", name: "Sarah Miller", language: .en, createdAt: t0)
    static let order = Order(
        id: 1, externalId: "O1", customerExternalId: "C1", number: "SO-42", placedAt: t0,
        items: [OrderItem(sku: "K1", name: "Kettle", quantity: 1, unitPrice: Money(minorUnits: 19_900))],
        amount: Money(minorUnits: 19_900))

    static func detail(_ t: Ticket, messages: [Message]? = nil) -> TicketDetail {
        TicketDetail(
            summary: summary(t),
            messages: messages ?? [Message(id: 1, ticketId: t.id, kind: .inbound, author: "Sarah Miller", channel: .email, createdAt: t0, body: "It arrived broken.")],
            customer: customer, customerTier: .gold, order: order, recentOrders: [order], otherTickets: [], touchpoints: [])
    }

    /// Ticket #1 with one 60-line message: the thread scrolls at every test size.
    static func detailWithLongThread() -> TicketDetail {
        let body = (1...60).map { "line \($0)" }.joined(separator: "\n")
        return detail(ticket(1), messages: [
            Message(id: 1, ticketId: 1, kind: .inbound, author: "Sarah Miller", channel: .email, createdAt: t0, body: body),
        ])
    }

    static let templates: [ReplyTemplate] = [
        ReplyTemplate(name: "damaged", language: .en, situation: .damaged, categories: [.damaged], title: "Arrived damaged",
                      body: "Hi {{customer.first_name}}, sorry about order {{order.number}}."),
        ReplyTemplate(name: "coupon", language: .en, situation: .exclusiveOffer, categories: [.feedback], title: "Coupon",
                      body: "Use {{coupon.code}} before {{new_date}}."),
        ReplyTemplate(name: "delayed", language: .en, situation: .delayed, categories: [.delayed], title: "Delayed parcel",
                      body: "Your parcel {{order.number}} is on its way."),
    ]

    /// A state with `count` rows loaded (ids 1…count), as after the first page arrived.
    static func inboxState(rows count: Int = 5, next: InboxCursor? = nil) -> AppState {
        var state = AppState(size: size, now: t0, agent: agent, templates: templates, shopName: "Kettle Co")
        let request = PageRequest(filter: InboxFilter(), cursor: nil, limit: InboxState.pageSize, placement: .replace, generation: 0)
        let rows = (1...max(1, count)).map { summary(ticket(Int64($0))) }
        _ = reduce(&state, .pageLoaded(request, .success(InboxPage(rows: count == 0 ? [] : rows, next: next))))
        return state
    }

    /// A state with ticket #1 open and its detail loaded.
    static func ticketState() -> AppState {
        var state = inboxState()
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(detail(ticket(1)))))
        return state
    }

    static func key(_ name: String) -> Action { .input(.key(Key(name: name)!)) }

    /// Types each character as a key press.
    static func type(_ text: String, into state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for c in text { effects += reduce(&state, .input(.key(.char(c)))) }
        return effects
    }
}

/// An in-memory desk: tickets by id, inbox in id order, `C`-style keyset cursors on the id.
final class ReducerTestDesk: DeskService, @unchecked Sendable {
    private let lock = NSLock()
    private var tickets: [Int64: Ticket]
    private var messages: [Int64: [Message]] = [:]
    private var drafts: [String: Draft] = [:]
    private var token: Int64 = 1
    var templateList: [ReplyTemplate] = Fixture.templates
    /// Store calls made, by name, in order.
    private(set) var calls: [String] = []
    /// Who `apply` claims changed a ticket when the version is stale.
    var otherAgent = "wei"
    /// Versions at which a ticket was answered (a reply, a note, another's status change), as
    /// `WriteGuard.unansweredSince` sees them.
    private var answeredAt: [Int64: [(version: Int64, change: MeanwhileChange)]] = [:]

    init(ticketCount: Int = 30) {
        tickets = Dictionary(uniqueKeysWithValues: (1...Int64(ticketCount)).map { ($0, Fixture.ticket($0)) })
    }

    private func record(_ name: String) { calls.append(name) }

    func callLog() -> [String] { lock.withLock { calls } }

    func ticket(_ id: Int64) -> Ticket? { lock.withLock { tickets[id] } }

    func savedDraft(_ id: Int64) -> Draft? { lock.withLock { drafts["\(id)"] } }

    /// Another agent's write: bumps the version and the change token (a status change counts as
    /// an answer).
    func touch(_ id: Int64, _ change: (inout Ticket) -> Void) {
        lock.withLock {
            guard var t = tickets[id] else { return }
            let old = t.status
            change(&t)
            t.version += 1
            tickets[id] = t
            token += 1
            if t.status != old {
                answeredAt[id, default: []].append((t.version, MeanwhileChange(kind: .status, agent: otherAgent, at: Fixture.t0,
                                                                               detail: "\(old.rawValue) → \(t.status.rawValue)")))
            }
        }
    }

    /// Another agent's reply.
    func answer(_ id: Int64, _ body: String) {
        lock.withLock {
            guard var t = tickets[id] else { return }
            t.version += 1
            tickets[id] = t
            token += 1
            messages[id, default: []].append(Message(id: Int64(200 + (messages[id]?.count ?? 0)), ticketId: id, kind: .reply, author: otherAgent,
                                                     channel: .email, createdAt: Fixture.t0, body: body))
            answeredAt[id, default: []].append((t.version, MeanwhileChange(kind: .reply, agent: otherAgent, at: Fixture.t0, detail: body)))
        }
    }

    private func matches(_ t: Ticket, _ f: InboxFilter) -> Bool {
        if let s = f.statuses { if !s.contains(t.status) { return false } } else if !t.status.isActive { return false }
        if let p = f.priority, t.priority != p { return false }
        if let c = f.category, t.category != c { return false }
        switch f.assignee {
        case let .agent(login): if t.assignee != login { return false }
        case .unassigned: if t.assignee != nil { return false }
        case nil: break
        }
        if let q = f.search, !t.subject.localizedCaseInsensitiveContains(q) { return false }
        return true
    }

    func inboxPage(_ filter: InboxFilter, after cursor: InboxCursor?, limit: Int, now: Date) throws -> InboxPage {
        lock.withLock {
            record("inboxPage")
            var after: Int64 = 0
            if case let .queue(_, _, id)? = cursor { after = id }
            let rows = tickets.values.filter { $0.id > after && matches($0, filter) }.sorted { $0.id < $1.id }
            let page = Array(rows.prefix(limit))
            let next = rows.count > limit ? page.last.map { InboxCursor.queue(inboxKey: $0.id, priority: 0, id: $0.id) } : nil
            return InboxPage(rows: page.map(Fixture.summary), next: next)
        }
    }

    func count(_ filter: InboxFilter, now: Date) throws -> Int {
        lock.withLock { tickets.values.filter { matches($0, filter) }.count }
    }

    func detail(ticket id: Int64) throws -> TicketDetail {
        try lock.withLock {
            record("detail")
            guard let t = tickets[id] else { throw DeskServiceError.notFound("no ticket #\(id)") }
            var d = Fixture.detail(t)
            d.messages += messages[id] ?? []
            return d
        }
    }

    func apply(_ changes: [TicketChange], to id: Int64, expectedVersion: Int64?, by agent: Agent, at now: Date) throws -> Ticket {
        try lock.withLock {
            record("apply")
            guard var t = tickets[id] else { throw DeskServiceError.notFound("no ticket #\(id)") }
            if let expectedVersion, expectedVersion != t.version {
                throw DeskServiceError.conflict(ticketId: id, changedBy: otherAgent, changedAt: now)
            }
            for change in changes {
                switch change {
                case let .setStatus(s): t.status = s
                case let .setPriority(p): t.priority = p
                case let .setCategory(c): t.category = c
                case let .assign(a): t.assignee = a
                case let .addTag(tag): if !t.tags.contains(tag) { t.tags.append(tag) }
                case let .removeTag(tag): t.tags.removeAll { $0 == tag }
                case let .setDepartment(d): t.department = d
                default: break
                }
            }
            t.version += 1
            tickets[id] = t
            token += 1
            return t
        }
    }

    func addMessage(_ kind: MessageKind, body: String, to id: Int64, setting status: TicketStatus?, guard writeGuard: WriteGuard, by agent: Agent, at now: Date) throws -> Ticket {
        try lock.withLock {
            record("addMessage")
            guard var t = tickets[id] else { throw DeskServiceError.notFound("no ticket #\(id)") }
            switch writeGuard {
            case .none: break
            case let .version(version) where version != t.version:
                throw DeskServiceError.conflict(ticketId: id, changedBy: otherAgent, changedAt: now)
            case let .unansweredSince(version):
                let since = (answeredAt[id] ?? []).filter { $0.version > version }.map(\.change)
                if !since.isEmpty { throw DeskServiceError.answeredMeanwhile(ticketId: id, changes: since) }
            default: break
            }
            messages[id, default: []].append(Message(id: Int64(100 + (messages[id]?.count ?? 0)), ticketId: id, kind: kind, author: agent.login, channel: .email, createdAt: now, body: body))
            if let status { t.status = status }
            t.version += 1
            tickets[id] = t
            token += 1
            answeredAt[id, default: []].append((t.version, MeanwhileChange(kind: kind == .note ? .note : .reply, agent: agent.login, at: now, detail: body)))
            return t
        }
    }

    func saveDraft(_ draft: Draft) throws {
        lock.withLock {
            record("saveDraft")
            drafts["\(draft.ticketId)"] = draft.body.isEmpty ? nil : draft
        }
    }

    func draft(ticket id: Int64, agent: String, session: String, now: Date) throws -> Draft? { lock.withLock { drafts["\(id)"] } }

    func discardDraft(ticket id: Int64, agent: String, session: String) throws {
        lock.withLock {
            record("discardDraft")
            if drafts["\(id)"]?.session == session { drafts["\(id)"] = nil }
        }
    }

    private var consoles: [String: ConsolePresence] = [:]

    func heartbeat(_ presence: ConsolePresence) throws { lock.withLock { consoles[presence.session] = presence } }
    func endSession(_ session: String) throws { lock.withLock { consoles[session] = nil } }
    func presence(at now: Date) throws -> [ConsolePresence] {
        lock.withLock { consoles.values.filter { $0.isLive(at: now) }.sorted { $0.session < $1.session } }
    }

    func putDraft(_ draft: Draft) { lock.withLock { drafts["\(draft.ticketId)"] = draft } }

    func templates() throws -> [ReplyTemplate] { lock.withLock { templateList } }
    func settings() throws -> DeskSettings {
        var settings = DeskSettings.standard
        settings.shop.name = "Kettle Co"
        return settings
    }
    func changeToken() throws -> Int64 { lock.withLock { token } }
}
