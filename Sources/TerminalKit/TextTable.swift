/// A plain-text table for the command line, laid out by display width so Chinese names and emoji
/// line up: every rendered line (header, rule, rows) has exactly the same display width.
///
/// Headers and cells are raw text: they are sanitised (one line each; a newline shows as ␊) when
/// added. Cells wider than their column are clipped with "…".
///
/// Column widths: each column's natural width is the widest of its header and cells, at least
/// `minWidth` and at most `maxWidth`. With a total `width`, flexible columns share what the others
/// leave (within their own `minWidth`/`maxWidth`); if the table is still too wide, flexible columns
/// shrink to their minimum first, then the widest other columns shrink one column at a time down to
/// their `minWidth`. Without a total width, flexible columns take their natural width.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var header: String {
            didSet { header = UntrustedText.sanitize(header) }
        }
        public var align: TextAlignment
        public var minWidth: Int
        public var maxWidth: Int?
        public var isFlexible: Bool

        public init(
            _ header: String, align: TextAlignment = .left, minWidth: Int = 1, maxWidth: Int? = nil,
            flexible: Bool = false
        ) {
            self.header = UntrustedText.sanitize(header)
            self.align = align
            let lower = max(0, minWidth)
            self.minWidth = lower
            self.maxWidth = maxWidth.map { max(lower, $0) }
            self.isFlexible = flexible
        }
    }

    public private(set) var columns: [Column]
    /// Sanitised cells, one array per row, always `columns.count` long.
    public private(set) var rows: [[String]] = []
    /// Put between columns (sanitised).
    public var separator: String {
        didSet { separator = UntrustedText.sanitize(separator) }
    }
    /// Drawn under the header across the whole width; nil for none. Should be one column wide.
    public var rule: Character?
    public var showsHeader: Bool

    public init(columns: [Column], separator: String = "  ", rule: Character? = "-", showsHeader: Bool = true) {
        self.columns = columns
        self.separator = UntrustedText.sanitize(separator)
        self.rule = rule
        self.showsHeader = showsHeader
    }

    /// Adds a row of raw cells; missing cells are empty, extra cells are dropped.
    public mutating func append(_ cells: [String]) {
        var row = cells.prefix(columns.count).map { UntrustedText.sanitize($0) }
        while row.count < columns.count { row.append("") }
        rows.append(row)
    }

    /// The width given to each column when rendering into `width` columns (nil: natural widths).
    public func columnWidths(width: Int? = nil) -> [Int] {
        var widths = columns.enumerated().map { i, column -> Int in
            var w = showsHeader ? column.header.displayWidth : 0
            for row in rows { w = max(w, row[i].displayWidth) }
            w = max(w, column.minWidth)
            if let m = column.maxWidth { w = min(w, m) }
            return w
        }
        guard let total = width, !columns.isEmpty else { return widths }
        let separators = separator.displayWidth * (columns.count - 1)
        let flexible = columns.indices.filter { columns[$0].isFlexible }
        if !flexible.isEmpty {
            let fixed = columns.indices.filter { !columns[$0].isFlexible }.reduce(0) { $0 + widths[$1] }
            var remaining = max(0, total - separators - fixed)
            for (n, i) in flexible.enumerated() {
                let share = remaining / (flexible.count - n)
                var w = max(columns[i].minWidth, share)
                if let m = columns[i].maxWidth { w = min(w, m) }
                widths[i] = w
                remaining = max(0, remaining - w)
            }
        }
        // Still too wide: shrink the widest non-flexible column, one column at a time.
        var excess = widths.reduce(separators, +) - total
        while excess > 0 {
            var widest: Int? = nil
            for i in columns.indices where !columns[i].isFlexible && widths[i] > columns[i].minWidth {
                if widest.map({ widths[i] > widths[$0] }) ?? true { widest = i }
            }
            guard let i = widest else { break }
            widths[i] -= 1
            excess -= 1
        }
        return widths
    }

    /// The table as lines of identical display width: header, rule, then rows.
    public func renderLines(width: Int? = nil) -> [String] {
        let widths = columnWidths(width: width)
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                if i > 0 { out += separator }
                out += TextLayout.padSanitized(cell, toWidth: widths[i], align: columns[i].align, ellipsis: "…")
            }
            return out
        }
        var lines: [String] = []
        if showsHeader {
            lines.append(line(columns.map(\.header)))
            if let rule {
                let total = widths.reduce(separator.displayWidth * max(0, columns.count - 1), +)
                let ruleText = UntrustedText.sanitize(String(rule))
                let ruleWidth = max(1, ruleText.displayWidth)
                let ruleLine = String(repeating: ruleText, count: total / ruleWidth)
                lines.append(TextLayout.padSanitized(ruleLine, toWidth: total, align: .left, ellipsis: ""))
            }
        }
        for row in rows { lines.append(line(row)) }
        return lines
    }

    /// The table as one string, lines joined by "\n" (no trailing newline).
    public func render(width: Int? = nil) -> String {
        renderLines(width: width).joined(separator: "\n")
    }
}
