import AftercareCore
import Foundation
import TerminalKit

/// The customer's history beside the thread: profile (tier, contacts, spend, opt-out, notes),
/// past tickets with CSAT/NPS, orders with items, shipments and their milestones, returns, and
/// recent touchpoints. Scrolls on its own; Enter on a past ticket opens it.
enum HistoryPane {
    struct Content {
        var lines: [StyledLine]
        /// Line index of each past ticket, in `detail.otherTickets` order.
        var pastTicketLines: [Int]
    }

    static let maxTouchpoints = 6

    static func content(_ detail: TicketDetail, view: TicketViewState?, state: AppState, theme: Theme, width: Int) -> Content {
        var lines: [StyledLine] = []
        var pastTicketLines: [Int] = []
        let policy = state.slaPolicy
        let normal = theme[.normal]
        let dim = theme[.dim]
        let label = theme[.label]
        var heading = theme[.label]
        heading.bold = true
        heading.underline = true
        // Lines wider than the pane wrap, continuation lines indented by two columns.
        func add(_ line: StyledLine) {
            guard width > 4, line.width > width else {
                lines.append(line)
                return
            }
            for (i, piece) in SpanWrap.wrap(line.spans, width: width - 2).enumerated() {
                let spans = i == 0 ? piece.spans : [Span("  ", line.fill ?? normal)] + piece.spans
                lines.append(StyledLine(spans, fill: line.fill))
            }
        }
        func section(_ title: String) {
            if !lines.isEmpty { add(.empty) }
            add(StyledLine(title, heading))
        }
        func wrapped(_ text: String, indent: Int, style: Style) {
            for piece in TextLayout.wrap(text, width: max(1, width - indent)) {
                lines.append(StyledLine([Span(String(repeating: " ", count: indent), style), Span(piece, style)]))
            }
        }

        let c = detail.customer
        section("PROFILE")
        add(StyledLine([
            Span(DisplayFormat.customer(c.name, tier: detail.customerTier), detail.customerTier.isVIP ? theme[.vip] : normal),
            Span("  " + DisplayFormat.tier(detail.customerTier), detail.customerTier.isVIP ? theme[.vip] : dim),
        ]))
        add(StyledLine([
            Span("orders ", label), Span("\(c.orderCount)", normal),
            Span("  lifetime ", label), Span(c.lifetimeSpend.formatted, normal),
        ]))
        add(StyledLine([
            Span("since ", label), Span(DisplayFormat.date(c.createdAt, policy: policy), normal),
            Span("  language ", label), Span(c.language.rawValue, normal),
        ]))
        for contact in c.contacts {
            add(StyledLine([Span(contact.channel.rawValue + " ", label), Span(contact.handle, normal)]))
        }
        add(StyledLine([
            Span("marketing ", label),
            c.optedOut ? Span("OPTED OUT (service replies only)", theme[.priorityHigh]) : Span("ok", dim),
        ]))
        if !c.notes.isEmpty {
            add(StyledLine("notes", label))
            wrapped(c.notes, indent: 1, style: normal)
        }

        section("PAST TICKETS (\(detail.otherTickets.count))")
        if detail.otherTickets.isEmpty { add(StyledLine("none", dim)) }
        let focused = view?.pane == .history
        for (i, other) in detail.otherTickets.enumerated() {
            let t = other.ticket
            let selected = focused && i == view?.historySelected
            let base: ThemeRole = selected ? .selected : .normal
            var spans = [
                Span(selected ? ">" : " ", theme[base]),
                Span("#\(t.id) ", theme[base]),
                Span(DisplayFormat.status(t.status) + " ", theme.style(.dim, on: base)),
                Span(DisplayFormat.date(t.createdAt, policy: policy) + " ", theme.style(.dim, on: base)),
            ]
            if let csat = t.csat { spans.append(Span("CSAT \(csat) ", theme.style(csat <= 2 ? .slaBreached : .label, on: base))) }
            if let nps = t.nps { spans.append(Span("NPS \(nps) ", theme.style(nps <= 6 ? .slaBreached : .label, on: base))) }
            spans.append(Span(t.subject, theme[base]))
            pastTicketLines.append(lines.count)
            add(StyledLine(spans, fill: selected ? theme[.selected] : nil))
        }

        let answers = ([detail.ticket] + detail.otherTickets.map(\.ticket)).filter { $0.csat != nil || $0.nps != nil }
        section("SATISFACTION")
        if answers.isEmpty {
            add(StyledLine("no CSAT/NPS answers", dim))
        } else {
            let csats = answers.compactMap(\.csat)
            let npss = answers.compactMap(\.nps)
            var spans: [Span] = []
            if !csats.isEmpty {
                let avg = Double(csats.reduce(0, +)) / Double(csats.count)
                spans += [Span("CSAT ", label), Span(String(format: "%.1f/5 (%d)  ", avg, csats.count), normal)]
            }
            if !npss.isEmpty {
                spans += [Span("NPS ", label), Span(npss.map(String.init).joined(separator: ", "), normal)]
            }
            add(StyledLine(spans))
        }

        var orders: [Order] = []
        if let order = detail.order { orders.append(order) }
        for order in detail.recentOrders where !orders.contains(where: { $0.externalId == order.externalId }) {
            orders.append(order)
        }
        section("ORDERS (\(orders.count))")
        if orders.isEmpty { add(StyledLine("no orders", dim)) }
        for order in orders {
            let isThis = order.externalId == detail.order?.externalId
            var numberStyle = normal
            numberStyle.bold = true
            add(StyledLine([
                Span(order.number, numberStyle),
                Span("  " + DisplayFormat.date(order.placedAt, policy: policy) + "  ", dim),
                Span(order.amount.formatted, normal),
                Span(isThis ? "  (this ticket)" : "", theme[.label]),
            ]))
            for item in order.items {
                wrapped("\(item.quantity) × \(item.name)  \(item.unitPrice.formatted)", indent: 2, style: normal)
            }
            for shipment in order.shipments {
                add(StyledLine([
                    Span("  ship ", label), Span(shipment.carrier + " ", normal), Span(shipment.trackingNumber, dim),
                ]))
                for milestone in shipment.milestones {
                    let failed = milestone.kind == .failedDelivery
                    add(StyledLine([
                        Span("    " + DisplayFormat.dateTime(milestone.at, policy: policy) + " ", dim),
                        Span(DisplayFormat.milestone(milestone.kind), failed ? theme[.slaBreached] : normal),
                        Span(milestone.location.isEmpty ? "" : " · " + milestone.location, dim),
                    ]))
                }
            }
            for ret in order.returns {
                add(StyledLine([
                    Span("  return ", label), Span(ret.rmaNumber + " ", normal),
                    Span("\(ret.kind.rawValue) \(ret.state.rawValue)", normal),
                    Span(ret.refundAmount.map { " " + $0.formatted } ?? "", normal),
                    Span("  " + DisplayFormat.date(ret.requestedAt, policy: policy), dim),
                ]))
                if !ret.reason.isEmpty { wrapped(ret.reason, indent: 4, style: dim) }
            }
        }

        section("TOUCHPOINTS")
        let touchpoints = detail.touchpoints.sorted { $0.at > $1.at }.prefix(maxTouchpoints)
        if touchpoints.isEmpty { add(StyledLine("none", dim)) }
        for tp in touchpoints {
            add(StyledLine([
                Span(DisplayFormat.date(tp.at, policy: policy) + " ", dim),
                Span(DisplayFormat.touchpoint(tp.kind), normal),
                Span(" · " + tp.channel.rawValue, dim),
                Span(tp.note.isEmpty ? "" : " · " + tp.note, dim),
            ]))
        }
        return Content(lines: lines, pastTicketLines: pastTicketLines)
    }

    static func draw(_ detail: TicketDetail, view: TicketViewState, state: AppState, theme: Theme, in area: Rect,
                     buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let content = Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: area.height)
        let built = self.content(detail, view: view, state: state, theme: theme, width: content.width - 1)
        var offset = ScrollPane.clampedOffset(view.historyScroll, lineCount: built.lines.count, height: content.height)
        // Once the agent moves through past tickets, keep the highlighted one on screen (the first
        // one sits right under the profile, visible on open).
        if view.pane == .history, view.historySelected > 0, built.pastTicketLines.indices.contains(view.historySelected) {
            let line = built.pastTicketLines[view.historySelected]
            if line < offset { offset = line }
            if line >= offset + content.height { offset = line - content.height + 1 }
        }
        ScrollPane.draw(built.lines, in: content, offset: offset, buffer: &buffer,
                        indicatorStyle: theme[view.pane == .history ? .borderFocused : .border])
    }
}
