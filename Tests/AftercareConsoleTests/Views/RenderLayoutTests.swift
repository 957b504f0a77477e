import AftercareConsole
import AftercareCore
import AftercareTemplates
import Testing
import TerminalKit

@Suite struct RenderLayoutTests {
    /// The same data under every screen and modal.
    static func everyModal(size: Size) -> [AppState] {
        var states = [RenderFixtures.inboxState(size: size), RenderFixtures.ticketState(size: size),
                      RenderFixtures.ticketState(size: size, pane: .history), RenderFixtures.pickerState(size: size)]
        var s = RenderFixtures.ticketState(size: size)
        s.compose = ComposeState(ticketId: 1042, kind: .reply, text: "您好«order.number»\nline two 第二行")
        s.compose?.missingPlaceholders = ["order.number"]
        s.modal = .compose
        states.append(s)
        s.modal = .help(scroll: 3)
        states.append(s)
        s.modal = .confirm(ConfirmState(prompt: "Discard the draft reply to 张伟?", action: .discardCompose))
        states.append(s)
        s.modal = .menu(MenuState(title: "Status", options: TicketStatus.allCases.map {
            MenuOption(label: $0.rawValue, hotkey: $0.rawValue.first, choice: .status($0))
        }, selected: 1))
        states.append(s)
        var i = RenderFixtures.inboxState(size: size)
        i.inbox.search.setText("退款")
        i.modal = .search
        states.append(i)
        i.modal = .commandLine(TextEditor(text: "assign li", singleLine: true))
        states.append(i)
        return states
    }

    func cellX(of text: String, row y: Int, in frame: ScreenBuffer) -> Int? {
        let first = String(text.first!)
        return (0..<frame.size.columns).first { frame[$0, y].text == first && rowText(frame, y, from: $0).hasPrefix(text) }
    }

    func rowText(_ frame: ScreenBuffer, _ y: Int, from x: Int) -> String {
        (x..<frame.size.columns).map { frame[$0, y] }.filter { !$0.isContinuation }.map(\.text).joined()
    }

    @Test(arguments: [80, 100, 120, 160]) func inboxColumnsAlignWithChineseAndEmoji(columns: Int) {
        let frame = renderFrame(RenderFixtures.inboxState(size: Size(columns: columns, rows: 24)))
        let lines = frame.lines()
        #expect(lines.allSatisfy { $0.displayWidth == columns })
        // Each column starts at the header's cell on every row, whatever the widths before it.
        for (header, values) in [
            ("CUSTOMER", ["张伟", "Wang Fang", "欧阳娜娜", "Émile Zola", "李小龙🐉"]),
            ("SUBJECT", ["保温杯", "Where", "净水器", "Great", "退货"]),
            ("STATUS", ["open", "open", "pending", "open", "open"]),
        ] {
            guard let x = cellX(of: header, row: 1, in: frame) else {
                #expect(header == "STATUS" && columns < 100, "no \(header) column at \(columns)")
                continue
            }
            for (row, value) in values.enumerated() {
                #expect(cellX(of: value, row: 2 + row, in: frame) == x, "\(value) at \(columns) columns")
            }
        }
    }

    /// Modals drawn over CJK text must not leave half a wide character: every wide cell is followed
    /// by its continuation and every continuation follows a wide cell, so a terminal draws each
    /// row exactly as wide as the screen.
    @Test func modalsOverChineseKeepTheCellGridWhole() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 119, rows: 37), Size(columns: 120, rows: 40),
                     Size(columns: 61, rows: 17)] {
            for state in Self.everyModal(size: size) {
                let frame = renderFrame(state)
                for y in 0..<size.rows {
                    for x in 0..<size.columns {
                        let cell = frame[x, y]
                        if cell.width == 2 {
                            #expect(x + 1 < size.columns && frame[x + 1, y].isContinuation, "\(size) row \(y) col \(x)")
                        }
                        if cell.isContinuation { #expect(x > 0 && frame[x - 1, y].width == 2, "\(size) row \(y) col \(x)") }
                    }
                }
            }
        }
    }

    @Test func narrowInboxDropsLessImportantColumnsAndSubjectFlexes() {
        let narrow = renderFrame(RenderFixtures.inboxState(size: Size(columns: 60, rows: 16))).lines()[1]
        let wide = renderFrame(RenderFixtures.inboxState(size: Size(columns: 130, rows: 24))).lines()[1]
        #expect(!narrow.contains("CATEGORY") && !narrow.contains("CH "))
        #expect(narrow.contains("SLA") && narrow.contains("SUBJECT") && narrow.contains("CUSTOMER"))
        for header in ["SLA", "PRI", "CUSTOMER", "SUBJECT", "STATUS", "AGE", "ASSIGNEE", "CATEGORY", "CH"] {
            #expect(wide.contains(header))
        }
    }

    @Test func breachedSelectedAndMarkedRowsUseTheirRoles() {
        let theme = BuiltInThemes.default
        let frame = renderFrame(RenderFixtures.inboxState(size: Size(columns: 120, rows: 24)), theme: theme)
        let lines = frame.lines()
        #expect(lines[2].contains("LATE "))
        let lateX = cellX(of: "LATE", row: 2, in: frame)!
        #expect(frame[lateX, 2].style == theme[.slaBreached])
        // Row 1 selected, row 2 (#1044) marked for bulk.
        #expect(frame[lateX, 3].style.background == theme[.selected].background)
        #expect(lines[3].hasPrefix(">"))
        #expect(frame[0, 4].style == theme[.marked])
        #expect(lines[4].hasPrefix(" *"))
        #expect(lines[4].contains("paused"))
        #expect(cellX(of: "张伟 ★", row: 2, in: frame).map { frame[$0, 2].style } == theme[.vip])
    }

    @Test func searchMatchesAreHighlightedInSubjects() {
        let theme = BuiltInThemes.default
        var state = RenderFixtures.inboxState(size: Size(columns: 120, rows: 24), selected: 0, marked: [])
        state.inbox.search.setText("退款")
        let frame = renderFrame(state, theme: theme)
        let lines = frame.lines()
        #expect(lines[22].contains("/退款"))
        #expect(lines[22].contains("row 1  ") && !lines[22].contains("row 1/"), "the view's count is not the search's: \(lines[22])")
        var unsearched = state
        unsearched.inbox.search.setText("")
        #expect(renderFrame(unsearched, theme: theme).lines()[22].contains("row 1/"))
        let row = 2 + 4  // #1046 "退货退款申请…"
        let x = cellX(of: "退款申请", row: row, in: frame)!
        #expect(frame[x, row].style == theme[.searchMatch])
        #expect(frame[x - 2, row].style == theme[.normal])
        // On the selected row the match keeps the row's background role underneath.
        let selectedX = cellX(of: "退款", row: 2, in: frame)!
        #expect(frame[selectedX, 2].style == theme.style(.searchMatch, on: .selected))
    }

    @Test func statusBarCountsAndPreviewPane() {
        let tall = renderFrame(RenderFixtures.inboxState(size: Size(columns: 100, rows: 40))).lines()
        #expect(tall[38].contains("[open 336]  mine 12  unassigned 80  breached 77"))
        #expect(tall.contains { $0.contains("Preview #1043") })
        let wide = renderFrame(RenderFixtures.inboxState(size: Size(columns: 150, rows: 24))).lines()
        #expect(wide.contains { $0.contains("Preview #1043") })
        let small = renderFrame(RenderFixtures.inboxState(size: Size(columns: 100, rows: 24))).lines()
        #expect(!small.contains { $0.contains("Preview") })
    }

    @Test func footerComesFromTheKeymap() {
        var state = RenderFixtures.inboxState(size: Size(columns: 120, rows: 24))
        var footer = renderFrame(state).lines()[23]
        #expect(footer.contains("l open"))
        #expect(footer.contains("? help"))
        var table = state.keyMap.table
        table[.inbox]?[Key.char("o")] = .open
        table[.inbox]?[.enter] = nil
        table[.inbox]?[.char("l")] = nil
        table[.global]?[.char("?")] = nil
        state.keyMap = KeyMap(table: table)
        footer = renderFrame(state).lines()[23]
        #expect(footer.contains("o open"))
        #expect(!footer.contains("l open"))
        #expect(footer.contains("F1 help"))
        // Focused pane decides: the history pane has its own hints.
        let history = renderFrame(RenderFixtures.ticketState(size: Size(columns: 120, rows: 24), pane: .history)).lines()[23]
        #expect(history.contains("Enter open") && history.contains("q back"))
    }

    @Test func helpIsGeneratedFromTheKeymap() {
        var state = RenderFixtures.inboxState(size: Size(columns: 100, rows: 200))
        state.modal = .help(scroll: 0)
        let text = renderFrame(state).lines().joined(separator: "\n")
        for context in KeyContext.allCases where !(state.keyMap.table[context] ?? [:]).isEmpty {
            #expect(text.contains(context.title), "\(context)")
        }
        for (_, command) in state.keyMap.table.values.flatMap({ $0 }) {
            #expect(text.contains(command.description), "\(command)")
        }
    }

    @Test func tooSmallMessageAndTinySizes() {
        let frame = renderFrame(RenderFixtures.inboxState(size: Size(columns: 59, rows: 20)))
        #expect(frame.lines().joined(separator: " ").contains("Terminal too small: 59×20, need at least 60×16"))
        for size in [Size(columns: 10, rows: 4), Size(columns: 1, rows: 1), Size(columns: 0, rows: 0), Size(columns: 200, rows: 3)] {
            let f = renderFrame(RenderFixtures.ticketState(size: size))
            #expect(f.size == size)
            #expect(f.lines().count == size.rows)
            #expect(cursorPosition(for: RenderFixtures.pickerState(size: size), size: size) == nil)
        }
        #expect(renderFrame(RenderFixtures.inboxState(size: Size(columns: 10, rows: 4))).lines().joined().contains("Terminal"))
        let exact = renderFrame(RenderFixtures.inboxState(size: minimumSize)).lines()
        #expect(!exact.joined().contains("too small"))
    }

    @Test func resizeRedrawsForTheNewSize() {
        var state = RenderFixtures.ticketState(size: Size(columns: 120, rows: 40))
        let before = renderFrame(state)
        state.size = Size(columns: 70, rows: 20)
        let after = renderFrame(state)
        #expect(after.size == state.size)
        #expect(after.lines().allSatisfy { $0.displayWidth == 70 })
        #expect(after.changedRows(since: before).count == 20)
        // Narrow: only the focused pane.
        #expect(after.lines()[3].contains("[Thread"))
        #expect(!after.lines()[3].contains("Customer"))
    }

    @Test func ticketShowsKindsDistinctly() {
        let theme = BuiltInThemes.default
        let frame = renderFrame(RenderFixtures.ticketState(size: Size(columns: 120, rows: 40)), theme: theme)
        let lines = frame.lines()
        let text = lines.joined(separator: "\n")
        for label in ["« customer", "» reply", "┃internal note", "status", "priority", "urgent", "category",
                      "assignee", "dept", "first response", "resolution", "LATE", "tags", "退款, vip",
                      "SO20261115-0042", "顺丰速运", "SF1234567890", "delivered", "RMA-7781", "#981", "CSAT 2", "NPS 5",
                      "OPTED OUT", "lifetime", "¥3280.00", "check in"] {
            #expect(text.contains(label), "\(label)")
        }
        guard let noteRow = lines.firstIndex(where: { $0.contains("┃internal note") }) else { return }
        #expect(frame[0, noteRow].style == theme[.note])
        #expect(lines[noteRow + 1].hasPrefix("┃"))
        let inboundRow = lines.firstIndex { $0.contains("« customer") }!
        #expect(frame[cellX(of: "«", row: inboundRow, in: frame)!, inboundRow].style == theme[.inbound])
    }

    @Test func composeCursorPositionFollowsDisplayWidth() {
        var state = RenderFixtures.ticketState(size: Size(columns: 80, rows: 24))
        state.compose = ComposeState(ticketId: 1042, kind: .reply, text: "你好ab")
        state.modal = .compose
        let size = state.size
        guard let position = cursorPosition(for: state, size: size) else {
            Issue.record("no cursor")
            return
        }
        // "你好ab" is 6 columns wide; the text starts one cell in from the box edge.
        #expect(position.x == 1 + 6)
        let frame = renderFrame(state)
        #expect(frame[position.x, position.y].style.reverse)
        // On a wide character the cursor cell keeps the character.
        state.compose?.editor.move(to: TextPosition(line: 0, column: 1))
        let onWide = renderFrame(state)
        let p = cursorPosition(for: state, size: size)!
        #expect(p.x == 1 + 2)
        #expect(onWide[p.x, p.y].text == "好" && onWide[p.x, p.y].style.reverse)
        #expect(frame.lines()[position.y].contains("你好ab"))
        #expect(cursorPosition(for: RenderFixtures.inboxState(size: size), size: size) == nil)
    }

    @Test func composeHighlightsHolesAndSaysSendingIsRefused() {
        let theme = BuiltInThemes.default
        var state = RenderFixtures.ticketState(size: Size(columns: 100, rows: 30))
        var compose = ComposeState(ticketId: 1042, kind: .reply, text: "单号«shipment.tracking_number»已发出")
        compose.missingPlaceholders = ["shipment.tracking_number"]
        state.compose = compose
        state.modal = .compose
        let frame = renderFrame(state, theme: theme)
        let lines = frame.lines()
        let row = lines.firstIndex { $0.contains("单号«shipment") }!
        let x = cellX(of: "«shipment", row: row, in: frame)!
        #expect(frame[x, row].style == theme[.placeholder])
        #expect(lines.contains { $0.contains("sending is refused") })
    }
}
