import AftercareCore
import AftercareTemplates
import TerminalKit

/// The canned-reply picker: a query line, the ranked list (templates for the ticket's category
/// first, marked ★) with language and situation, and a preview of the reply filled from the
/// ticket in which every placeholder that could not be filled is highlighted; the last line says
/// sending is refused until they are filled.
enum TemplatePickerModal {
    static func box(for size: Size) -> (width: Int, height: Int) {
        (size.columns, size.rows - 2)
    }

    static func draw(_ picker: TemplatePickerState, state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let (w, h) = box(for: buffer.size)
        let inner = ModalBox.draw(width: w, height: h, title: "Canned replies (\(picker.matches.count))",
                                           theme: theme, buffer: &buffer)
        guard inner.height >= 3, inner.width >= 10 else { return }
        let modal = theme[.modal]
        // Query line.
        buffer.put("find: ", x: inner.x, y: inner.y, style: theme.style(.label, on: .modal))
        let (text, _) = LineEditorModal.visible(picker.query, width: inner.width - 6)
        buffer.put(text, x: inner.x + 6, y: inner.y, maxWidth: inner.width - 6, style: modal)
        let cursor = queryCursor(picker, inner: inner)
        CursorCell.paint(x: cursor.x, y: cursor.y, theme: theme, buffer: &buffer)
        Box.rule(x: inner.x, y: inner.y + 1, width: inner.width, title: nil, in: &buffer,
                 style: theme.style(.border, on: .modal), titleStyle: modal)
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        // Footer lines inside the box: the refusal / status.
        let (main, status) = body.splitBottom(min(3, max(0, body.height - 2)))
        let list: Rect
        let preview: Rect
        if main.width >= 70 {
            let listWidth = min(46, main.width * 2 / 5)
            let split = main.splitLeft(listWidth)
            list = split.left
            Box.verticalLine(x: split.rest.x, y: split.rest.y, height: split.rest.height, in: &buffer,
                             style: theme.style(.border, on: .modal))
            preview = Rect(x: split.rest.x + 2, y: split.rest.y, width: split.rest.width - 2, height: split.rest.height)
        } else {
            let listRows = min(max(1, picker.matches.count), max(1, main.height / 3))
            let split = main.splitTop(listRows)
            list = split.top
            Box.rule(x: main.x, y: split.rest.y, width: main.width, title: "preview", in: &buffer,
                     style: theme.style(.border, on: .modal), titleStyle: theme.style(.label, on: .modal))
            preview = Rect(x: main.x, y: split.rest.y + 1, width: main.width, height: split.rest.height - 1)
        }
        drawList(picker, state: state, theme: theme, in: list, buffer: &buffer)
        drawPreview(picker, theme: theme, in: preview, buffer: &buffer)
        drawStatus(picker, theme: theme, in: status, buffer: &buffer)
    }

    static func queryCursor(_ picker: TemplatePickerState, inner: Rect) -> (x: Int, y: Int) {
        (inner.x + 6 + LineEditorModal.visible(picker.query, width: inner.width - 6).cursorX, inner.y)
    }

    static func innerRect(for size: Size) -> Rect {
        let (w, h) = box(for: size)
        return ModalBox.rect(width: w, height: h, in: size).inset(1)
    }

    static func drawList(_ picker: TemplatePickerState, state: AppState, theme: Theme, in area: Rect,
                         buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        if picker.matches.isEmpty {
            buffer.put("no reply matches", x: area.x, y: area.y, maxWidth: area.width, style: theme.style(.dim, on: .modal))
            return
        }
        let category = state.ticket?.detail?.ticket.category
        var offset = 0
        if picker.selected >= area.height { offset = picker.selected - area.height + 1 }
        for row in 0..<area.height {
            let index = offset + row
            guard index < picker.matches.count else { break }
            let template = picker.matches[index]
            let selected = index == picker.selected
            let base: ThemeRole = selected ? .selected : .modal
            let suggested = category.map { template.categories.contains($0) } ?? false
            let line = StyledLine([
                Span(selected ? ">" : " ", theme[base]),
                Span(suggested ? "★ " : "  ", theme.style(.vip, on: base)),
                Span(TextLayout.pad(template.name, toWidth: min(18, max(4, area.width / 3))) + " ", theme[base]),
                Span(template.language.rawValue + " ", theme.style(.label, on: base)),
                Span(template.situation.label(in: template.language), theme.style(.dim, on: base)),
            ], fill: theme[base])
            buffer.draw(line, x: area.x, y: area.y + row, width: area.width)
        }
    }

    /// The preview's spans: text in the modal style, holes as «name» in the placeholder role.
    static func previewSpans(_ reply: RenderedReply, theme: Theme) -> [Span] {
        reply.segments.map { segment in
            switch segment {
            case let .text(text): Span(text, theme[.modal])
            case let .missing(name): Span("«\(name)»", theme[.placeholder])
            }
        }
    }

    static func drawPreview(_ picker: TemplatePickerState, theme: Theme, in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        if let error = picker.previewError {
            for (i, line) in TextLayout.wrap(error, width: area.width).prefix(area.height).enumerated() {
                buffer.put(line, x: area.x, y: area.y + i, maxWidth: area.width, style: theme[.statusError])
            }
            return
        }
        guard let reply = picker.preview else {
            buffer.put("no preview", x: area.x, y: area.y, maxWidth: area.width, style: theme.style(.dim, on: .modal))
            return
        }
        var title = theme[.modal]
        title.bold = true
        var lines: [StyledLine] = []
        if let template = picker.selectedTemplate {
            lines.append(StyledLine(template.title, title))
            lines.append(.empty)
        }
        lines += SpanWrap.wrap(previewSpans(reply, theme: theme), width: area.width)
        ScrollPane.draw(lines, in: area, offset: 0, buffer: &buffer, indicatorStyle: theme.style(.border, on: .modal))
    }

    static func drawStatus(_ picker: TemplatePickerState, theme: Theme, in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        Box.rule(x: area.x, y: area.y, width: area.width, title: nil, in: &buffer, style: theme.style(.border, on: .modal),
                 titleStyle: theme[.modal])
        guard area.height > 1, let reply = picker.preview else { return }
        let spans: [Span]
        if reply.missing.isEmpty {
            spans = [Span("every placeholder filled: ready to insert", theme.style(.slaOK, on: .modal))]
        } else {
            let names = reply.missing.map { "«\($0)»" }.joined(separator: " ")
            spans = [
                Span(names, theme[.placeholder]),
                Span(" cannot be filled from this ticket: sending is refused until you fill \(reply.missing.count == 1 ? "it" : "them")",
                     theme.style(.statusError, on: .modal)),
            ]
        }
        for (i, line) in SpanWrap.wrap(spans, width: area.width).prefix(area.height - 1).enumerated() {
            buffer.draw(line, x: area.x, y: area.y + 1 + i, width: area.width)
        }
    }
}
