import TerminalKit

/// A run of text in one style. Text is raw (customer text included): it is sanitised when drawn,
/// by `ScreenBuffer.put`, or when wrapped, by `SpanWrap`.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}

/// One screen line made of spans, optionally with a style that fills the rest of the line.
public struct StyledLine: Hashable, Sendable {
    public var spans: [Span]
    /// Fills the whole line width before the spans are drawn (nil: leave the background).
    public var fill: Style?

    public init(_ spans: [Span], fill: Style? = nil) {
        self.spans = spans
        self.fill = fill
    }

    public init(_ text: String, _ style: Style, fill: Style? = nil) {
        self.init([Span(text, style)], fill: fill)
    }

    public static let empty = StyledLine([])

    public var width: Int { spans.reduce(0) { $0 + UntrustedText.sanitize($1.text).displayWidth } }
}

extension ScreenBuffer {
    /// Draws `line` at (x, y), never wider than `width` columns; every span goes through `put`.
    /// Returns the columns used.
    @discardableResult
    mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int) -> Int {
        guard width > 0 else { return 0 }
        if let fill = line.fill { self.fill(Rect(x: x, y: y, width: width, height: 1), style: fill) }
        var used = 0
        for span in line.spans where used < width {
            used += put(span.text, x: x + used, y: y, maxWidth: width - used, style: span.style)
        }
        return used
    }

    /// Draws `text` padded with spaces (in `style`) to exactly `width` columns.
    mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, style: Style, align: TextAlignment = .left) {
        guard width > 0 else { return }
        put(TextLayout.pad(text, toWidth: width, align: align), x: x, y: y, maxWidth: width, style: style)
    }
}

/// Word-wrapping of styled runs by display width (for previews with highlighted holes).
/// Breaks at the last space when a line overflows, otherwise between grapheme clusters;
/// "\n" starts a new line. Text is sanitised first (newlines kept).
enum SpanWrap {
    static func wrap(_ spans: [Span], width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [[(Character, Int, Style)]] = [[]]
        var lineWidth = 0
        for span in spans {
            for c in UntrustedText.sanitize(span.text, keepNewlines: true) {
                if c == "\n" {
                    lines.append([])
                    lineWidth = 0
                    continue
                }
                var ch = c
                var w = DisplayWidth.of(c)
                if w > width { ch = "…"; w = 1 }
                if lineWidth + w > width {
                    var current = lines.removeLast()
                    var next: [(Character, Int, Style)] = []
                    if let space = current.lastIndex(where: { $0.0 == " " }), space > 0, c != " " {
                        next = Array(current[(space + 1)...])
                        current = Array(current[..<space])
                    }
                    lines.append(current)
                    lines.append(next)
                    lineWidth = next.reduce(0) { $0 + $1.1 }
                    if c == " " { continue }  // a space at a break is dropped
                }
                lines[lines.count - 1].append((ch, w, span.style))
                lineWidth += w
            }
        }
        return lines.map { cells in
            var spans: [Span] = []
            for (c, _, style) in cells {
                if let last = spans.last, last.style == style {
                    spans[spans.count - 1].text.append(c)
                } else {
                    spans.append(Span(String(c), style))
                }
            }
            return StyledLine(spans)
        }
    }
}
