import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation
import TerminalKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a ticket: header, SLA clocks, customer, order and the whole thread.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Ticket number.") var id: Int64

    func run() throws {
        let store = try storeOptions.open(.readOnly)
        let now = Clock.now()
        let detail = try store.detail(ticket: id)
        if output.json {
            try Output.json(TicketDetailJSON(detail, policy: store.settings.sla, now: now))
            return
        }
        for line in TicketDetailText.lines(detail, policy: store.settings.sla, now: now, width: Output.width()) {
            Output.line(line)
        }
    }
}

/// `show` as text. Every piece of customer text is sanitised before it is printed.
enum TicketDetailText {
    static func lines(_ d: TicketDetail, policy: SLAPolicy, now: Date, width: Int) -> [String] {
        let t = d.ticket
        let time = DeskLocalTime(policy: policy)
        let clean = { (s: String) in UntrustedText.sanitize(s) }
        let sla = policy.state(of: t, at: now)
        var out: [String] = []
        out.append("#\(t.id)  \(clean(t.subject))" + (sla.isBreached ? "   [SLA BREACHED]" : ""))
        var facts = ["status \(t.status.rawValue)", "priority \(t.priority.rawValue)\(t.priorityIsManual ? " (set by agent)" : "")",
                     "category \(t.category.rawValue)\(t.categoryIsManual ? " (set by agent)" : "")", "channel \(t.channel.rawValue)",
                     "assignee \(t.assignee ?? "none")"]
        if let department = t.department { facts.append("department \(clean(department))") }
        if !t.tags.isEmpty { facts.append("tags \(clean(t.tags.joined(separator: ",")))") }
        if let merged = t.mergedInto { facts.append("merged into #\(merged)") }
        out.append(facts.joined(separator: " · "))
        out.append("SLA       first response: \(clock(sla.firstResponse, time)) · next reply: \(nextReply(sla.nextReply, t.nextReplies, time))"
                   + " · resolution: \(clock(sla.resolution, time))")
        if t.csat != nil || t.nps != nil {
            out.append("Feedback  " + [t.csat.map { "CSAT \($0)/5" }, t.nps.map { "NPS \($0)/10" }].compactMap { $0 }.joined(separator: " · "))
        }
        let c = d.customer
        var who = "\(clean(c.name)) (\(clean(c.externalId))) \(d.customerTier.rawValue)"
        who += " · \(c.orderCount) orders · \(c.lifetimeSpend.formatted) lifetime · writes in \(c.language.rawValue)"
        out.append("Customer  " + who)
        let contacts = c.contacts.map { "\($0.channel.rawValue): \(clean($0.handle))" }.joined(separator: " · ")
        if !contacts.isEmpty { out.append("          " + contacts) }
        if c.optedOut { out.append("          opted out of marketing follow-ups") }
        if !c.notes.isEmpty { out.append("          note: " + clean(c.notes)) }
        if let order = d.order {
            out += orderLines(order, time: time, clean: clean)
        } else {
            out.append("Order     none linked")
        }
        let others = d.otherTickets.prefix(5).map { "#\($0.id) \($0.ticket.status.rawValue) \(clean(TextLayout.clip($0.ticket.subject, toWidth: 24)))" }
        if !others.isEmpty { out.append("Also      " + others.joined(separator: " · ")) }
        out.append("")
        out.append("Thread (\(d.messages.count) messages)")
        for m in d.messages {
            let who: String
            switch m.kind {
            case .inbound: who = "\(clean(m.author)) — customer via \(m.channel.rawValue)"
            case .reply: who = "\(clean(m.author)) — reply"
            case .note: who = "\(clean(m.author)) — INTERNAL NOTE"
            }
            out.append("── \(time.dateTime(m.createdAt)) \(who) " + String(repeating: "─", count: max(2, min(width, 100) - 20 - DisplayWidth.of(who))))
            for line in TextLayout.wrap(m.body, width: max(20, min(width, 100) - 2)) {
                out.append((m.kind == .note ? "│ " : "  ") + line)
            }
        }
        return out
    }

    static func orderLines(_ order: Order, time: DeskLocalTime, clean: (String) -> String) -> [String] {
        var out: [String] = []
        let items = order.items.map { "\(clean($0.name)) ×\($0.quantity)" }.joined(separator: ", ")
        out.append("Order     \(clean(order.number)) placed \(time.date(order.placedAt)) · \(order.amount.formatted) · \(items)")
        for shipment in order.shipments {
            var line = "          \(clean(shipment.carrier)) \(clean(shipment.trackingNumber))"
            if let last = shipment.latestMilestone {
                line += ": \(last.kind.rawValue.replacingOccurrences(of: "_", with: " "))"
                if !last.location.isEmpty { line += " (\(clean(last.location)))" }
                line += " \(time.dateTime(last.at))"
            }
            out.append(line)
        }
        for r in order.returns {
            var line = "          \(r.kind.rawValue) \(clean(r.rmaNumber)): \(r.state.rawValue), reason: \(clean(r.reason))"
            if let refund = r.refundAmount { line += ", refund \(refund.formatted)" }
            out.append(line)
        }
        return out
    }

    /// While the customer waits: the clock; otherwise how the next replies went.
    static func nextReply(_ state: SLAClockState, _ record: NextReplyRecord, _ time: DeskLocalTime) -> String {
        if case .running = state { return clock(state, time) }
        guard record.count > 0 else { return "-" }
        return "\(record.count) given, \(record.late) late"
    }

    static func clock(_ state: SLAClockState, _ time: DeskLocalTime) -> String {
        switch state {
        case let .met(at, _, breached): return (breached ? "met LATE " : "met ") + time.dateTime(at)
        case let .running(due, left):
            return left < 0 ? "BREACHED \(DurationText.short(seconds: -left)) ago (due \(time.dateTime(due)))"
                : "\(DurationText.short(seconds: left)) left (due \(time.dateTime(due)))"
        case let .paused(left):
            return left < 0 ? "paused, BREACHED (over by \(DurationText.short(seconds: -left)))" : "paused, \(DurationText.short(seconds: left)) left"
        case .none: return "-"
        }
    }
}

struct TicketDetailJSON: Encodable {
    var ticket: TicketJSON
    var customer: CustomerJSON
    var order: Order?
    var otherTickets: [Int64]
    var messages: [MessageJSON]

    struct CustomerJSON: Encodable {
        var externalId: String
        var name: String
        var tier: String
        var language: String
        var contacts: [Contact]
        var optedOut: Bool
        var notes: String
        var orderCount: Int
        var lifetimeSpend: Money
    }

    struct MessageJSON: Encodable {
        var id: Int64
        var kind: String
        var author: String
        var channel: String
        var createdAt: Date
        var body: String
    }

    init(_ d: TicketDetail, policy: SLAPolicy, now: Date) {
        ticket = TicketJSON(d.summary, policy: policy, now: now)
        let c = d.customer
        customer = CustomerJSON(externalId: c.externalId, name: c.name, tier: d.customerTier.rawValue, language: c.language.rawValue,
                                contacts: c.contacts, optedOut: c.optedOut, notes: c.notes, orderCount: c.orderCount,
                                lifetimeSpend: c.lifetimeSpend)
        order = d.order
        otherTickets = d.otherTickets.map(\.id)
        messages = d.messages.map { MessageJSON(id: $0.id, kind: $0.kind.rawValue, author: $0.author, channel: $0.channel.rawValue, createdAt: $0.createdAt, body: $0.body) }
    }
}
