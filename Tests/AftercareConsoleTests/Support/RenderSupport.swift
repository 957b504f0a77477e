// Fixtures and the golden-screen helper for the render tests (no tests in this file).
import AftercareConsole
import AftercareCore
import AftercareTemplates
import Foundation
import Testing
import TerminalKit

enum RenderFixtures {
    /// 2026-11-20 14:05 in Shanghai (a Friday, inside business hours).
    static let now = date("2026-11-20T14:05:00+08:00")

    static func date(_ iso: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: iso)!
    }

    static let agent = Agent(login: "wei", displayName: "Wei Chen")

    static func ticket(
        _ id: Int64, subject: String, created: String, priority: Priority = .normal, category: TicketCategory = .other,
        status: TicketStatus = .open, channel: Channel = .wechat, assignee: String? = nil, tags: [String] = [],
        firstResponded: String? = nil, department: String? = nil, language: Language = .zh, pausedUsed: Int64? = nil
    ) -> Ticket {
        let createdAt = date(created)
        var clock: ResolutionClock? = nil
        if let pausedUsed { clock = ResolutionClock(usedSeconds: pausedUsed, runningSince: nil) }
        return Ticket(
            id: id, externalId: "T\(id)", customerExternalId: "C\(id)", channel: channel, language: language,
            subject: subject, status: status, priority: priority, category: category, tags: tags, assignee: assignee,
            department: department, createdAt: createdAt, firstRespondedAt: firstResponded.map(date),
            resolutionClock: clock)
    }

    /// The inbox in SLA order: breached first, then nearest due.
    static var rows: [TicketSummary] {
        [
            TicketSummary(
                ticket: ticket(1042, subject: "保温杯收到就坏了😡要求退款", created: "2026-11-19T09:00:00+08:00",
                               priority: .urgent, category: .damaged, tags: ["退款", "vip"]),
                customerName: "张伟", customerTier: .platinum, replyCount: 1, messageCount: 4),
            TicketSummary(
                ticket: ticket(1043, subject: "Where is my parcel? 📦 order SO-88", created: "2026-11-20T12:30:00+08:00",
                               priority: .high, category: .delayed, channel: .email, assignee: "wei", language: .en),
                customerName: "Wang Fang", customerTier: .gold, replyCount: 0, messageCount: 1),
            TicketSummary(
                ticket: ticket(1044, subject: "净水器滤网怎么清洗？👍🏽", created: "2026-11-18T10:00:00+08:00",
                               category: .usage, status: .pending, channel: .xiaohongshu, assignee: "li",
                               firstResponded: "2026-11-18T10:30:00+08:00", pausedUsed: 3600),
                customerName: "欧阳娜娜", customerTier: .silver, replyCount: 2, messageCount: 3),
            TicketSummary(
                ticket: ticket(1045, subject: "Great product, thanks!", created: "2026-11-20T13:50:00+08:00",
                               priority: .low, category: .feedback, channel: .web, language: .en),
                customerName: "Émile Zola", customerTier: .none, replyCount: 0, messageCount: 1),
            TicketSummary(
                ticket: ticket(1046, subject: "退货退款申请：尺码不合适", created: "2026-11-20T11:00:00+08:00",
                               category: .returnRefund, channel: .marketplace, assignee: "wei"),
                customerName: "李小龙🐉", customerTier: .gold, replyCount: 0, messageCount: 2),
        ]
    }

    static let counts: [InboxView: Int] = [.allOpen: 336, .mine: 12, .unassigned: 80, .breached: 77]

    static func inboxState(size: Size, selected: Int = 1, marked: Set<Int64> = [1044]) -> AppState {
        var state = AppState(size: size, now: now, agent: agent, templates: BuiltInTemplates.all, shopName: "暖暖家居")
        state.inbox.rows = rows
        state.inbox.loaded = true
        state.inbox.counts = counts
        state.inbox.selected = selected
        state.inbox.bulk = marked
        return state
    }

    static var customer: Customer {
        Customer(
            externalId: "C1042", name: "张伟", language: .zh,
            contacts: [Contact(channel: .wechat, handle: "zhangwei_88"), Contact(channel: .email, handle: "zw@example.cn")],
            optedOut: true, notes: "偏好微信联系；上次投诉物流慢。",
            createdAt: date("2024-03-01T10:00:00+08:00"), orderCount: 12,
            lifetimeSpend: Money(minorUnits: 328_000))
    }

    static var order: Order {
        Order(
            externalId: "O1", customerExternalId: "C1042", number: "SO20261115-0042",
            placedAt: date("2026-11-15T20:11:00+08:00"),
            items: [
                OrderItem(sku: "CUP-1", name: "真空保温杯 500ml", quantity: 2, unitPrice: Money(minorUnits: 12_800)),
                OrderItem(sku: "LID-2", name: "Spare lid", quantity: 1, unitPrice: Money(minorUnits: 1_500)),
            ],
            amount: Money(minorUnits: 27_100),
            shipments: [
                Shipment(carrier: "顺丰速运", trackingNumber: "SF1234567890", milestones: [
                    Milestone(kind: .labelCreated, at: date("2026-11-16T09:00:00+08:00"), location: "深圳"),
                    Milestone(kind: .inTransit, at: date("2026-11-17T08:00:00+08:00"), location: "杭州"),
                    Milestone(kind: .delivered, at: date("2026-11-18T15:20:00+08:00"), location: "上海"),
                ]),
            ],
            returns: [
                ReturnRequest(rmaNumber: "RMA-7781", reason: "杯盖破裂", state: .requested,
                              refundAmount: Money(minorUnits: 12_800), requestedAt: date("2026-11-19T09:10:00+08:00")),
            ])
    }

    static var detail: TicketDetail {
        let summary = rows[0]
        let messages = [
            Message(id: 1, ticketId: 1042, kind: .inbound, author: "张伟", channel: .wechat,
                    createdAt: date("2026-11-19T09:00:00+08:00"),
                    body: "你好，我昨天收到的保温杯杯盖是裂开的，根本没法用😡。这是第二次出现质量问题了，请尽快给我退款，不然我就去投诉。"),
            Message(id: 2, ticketId: 1042, kind: .reply, author: "wei", channel: .wechat,
                    createdAt: date("2026-11-19T10:15:00+08:00"),
                    body: "张先生您好，非常抱歉给您带来不便！麻烦您拍一张杯盖的照片发给我们，我们马上为您处理退款。"),
            Message(id: 3, ticketId: 1042, kind: .note, author: "wei", channel: .wechat,
                    createdAt: date("2026-11-19T10:20:00+08:00"),
                    body: "Second defect this month. Check batch 2026-11 with quality before refunding."),
            Message(id: 4, ticketId: 1042, kind: .inbound, author: "张伟", channel: .wechat,
                    createdAt: date("2026-11-20T08:30:00+08:00"), body: "照片已发，请看。"),
        ]
        let other = TicketSummary(
            ticket: Ticket(id: 981, externalId: "T981", customerExternalId: "C1042", channel: .wechat, language: .zh,
                           subject: "物流太慢了", status: .solved, priority: .normal, category: .delayed,
                           createdAt: date("2026-10-02T09:00:00+08:00"), csat: 2, nps: 5),
            customerName: "张伟", customerTier: .platinum, replyCount: 1, messageCount: 2)
        let touchpoints = [
            Touchpoint(customerExternalId: "C1042", kind: .checkIn, channel: .wechat,
                       at: date("2026-11-18T18:00:00+08:00"), note: "到货回访"),
        ]
        return TicketDetail(
            summary: summary, messages: messages, customer: customer, customerTier: .platinum, order: order,
            recentOrders: [order], otherTickets: [other], touchpoints: touchpoints)
    }

    static func ticketState(size: Size, pane: TicketPane = .thread) -> AppState {
        var state = inboxState(size: size, selected: 0, marked: [])
        state.screen = .ticket
        var view = TicketViewState(ticketId: 1042)
        view.detail = detail
        view.pane = pane
        view.scrolledToEnd = false
        state.ticket = view
        return state
    }

    /// The picker over the ticket: replies ranked for it (damaged ones first), "damaged" (zh)
    /// selected, its preview filled from the ticket without an order, so the order and shipment
    /// placeholders cannot be filled.
    static func pickerState(size: Size) -> AppState {
        var state = ticketState(size: size)
        var picker = TemplatePickerState()
        picker.query.setText("坏")
        let ticket = detail.ticket
        picker.matches = TemplateSuggestions.rank(BuiltInTemplates.all, for: ticket, language: .zh, query: "坏")
        picker.selected = picker.matches.firstIndex { $0.name == "damaged" && $0.language == .zh } ?? 0
        let context = PlaceholderContext(
            ticket: ticket, customer: customer, order: nil, agent: agent, shopName: "暖暖家居", now: now,
            timeZone: TimeZone(identifier: "Asia/Shanghai")!, language: .zh)
        picker.preview = try? TemplateRenderer.render(picker.matches[picker.selected], with: context)
        state.modal = .templatePicker(picker)
        return state
    }
}

/// Compares a buffer's lines with `Golden/<name>.txt` next to this file. With
/// AFTERCARE_RECORD_GOLDEN=1 it writes the file instead. On a mismatch it reports a line diff.
func expectGolden(
    _ buffer: ScreenBuffer, _ name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
    let actual = buffer.lines()
    let text = actual.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["AFTERCARE_RECORD_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden \(url.path): run with AFTERCARE_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
        return
    }
    var expected = stored.components(separatedBy: "\n")
    if expected.last == "" { expected.removeLast() }
    guard expected != actual else { return }
    var diff: [String] = ["golden \(name) differs (- expected, + actual):"]
    for i in 0..<max(expected.count, actual.count) {
        let e = i < expected.count ? expected[i] : nil
        let a = i < actual.count ? actual[i] : nil
        if e != a {
            diff.append(String(format: "%3d - ", i) + (e.map { "|\($0)|" } ?? "(none)"))
            diff.append(String(format: "%3d + ", i) + (a.map { "|\($0)|" } ?? "(none)"))
        }
    }
    diff.append("re-record with AFTERCARE_RECORD_GOLDEN=1 if the change is intended")
    Issue.record(Comment(rawValue: diff.joined(separator: "\n")), sourceLocation: sourceLocation)
}

func renderFrame(_ state: AppState, theme: Theme = BuiltInThemes.default) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: state.size)
    render(state, theme: theme, into: &buffer)
    return buffer
}
