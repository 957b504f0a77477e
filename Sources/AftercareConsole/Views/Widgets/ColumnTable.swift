import TerminalKit

/// Fixed-width columns laid out by display width: columns are dropped, least important first,
/// until the rest fit; flexible columns share what is left. Every row drawn has exactly the
/// table's width, so CJK and emoji never shift a column.
struct ColumnTable<ID: Hashable> {
    struct Column {
        var id: ID
        var title: String
        var width: Int
        var minWidth: Int
        var flexible: Bool
        /// 0: never dropped; otherwise higher ranks are dropped first.
        var dropRank: Int
        var align: TextAlignment

        init(_ id: ID, _ title: String, width: Int, minWidth: Int? = nil, flexible: Bool = false, dropRank: Int = 0,
             align: TextAlignment = .left) {
            self.id = id
            self.title = title
            self.width = width
            self.minWidth = minWidth ?? width
            self.flexible = flexible
            self.dropRank = dropRank
            self.align = align
        }
    }

    /// The columns shown and their widths.
    private(set) var shown: [(column: Column, width: Int)] = []
    let separator = " "

    init(columns: [Column], width: Int) {
        var kept = columns
        func needed(_ cols: [Column]) -> Int {
            cols.reduce(max(0, cols.count - 1) * separator.count) { $0 + $1.minWidth }
        }
        while needed(kept) > width, let drop = kept.filter({ $0.dropRank > 0 }).max(by: { $0.dropRank < $1.dropRank }) {
            kept.removeAll { $0.id == drop.id }
        }
        // Natural widths for fixed columns; shrink fixed columns to their minimum if still too wide.
        var widths = kept.map { $0.flexible ? $0.minWidth : $0.width }
        var total = widths.reduce(max(0, kept.count - 1) * separator.count, +)
        // Still too wide: shrink the fixed column with the most room to give, one cell at a time.
        while total > width {
            var best: Int? = nil
            for i in kept.indices where !kept[i].flexible && widths[i] > kept[i].minWidth {
                if best.map({ widths[i] - kept[i].minWidth > widths[$0] - kept[$0].minWidth }) ?? true { best = i }
            }
            guard let i = best else { break }
            widths[i] -= 1
            total -= 1
        }
        // Flexible columns share the rest.
        let flexible = kept.indices.filter { kept[$0].flexible }
        if !flexible.isEmpty, total < width {
            var spare = width - total
            for (n, index) in flexible.enumerated() {
                let share = spare / (flexible.count - n)
                widths[index] += share
                spare -= share
            }
        }
        shown = Array(zip(kept, widths)).map { ($0, $1) }
    }

    var totalWidth: Int { shown.reduce(max(0, shown.count - 1) * separator.count) { $0 + $1.width } }

    func contains(_ id: ID) -> Bool { shown.contains { $0.column.id == id } }

    /// Offset from the table's left edge and width of column `id`, if shown.
    func span(of id: ID) -> (x: Int, width: Int)? {
        var x = 0
        for entry in shown {
            if entry.column.id == id { return (x, entry.width) }
            x += entry.width + separator.count
        }
        return nil
    }

    /// Draws a row: `cells[id]` for each shown column, padded (and clipped) to its width, over a
    /// line filled with `base`. Columns absent from `cells` are blank.
    func drawRow(_ cells: [ID: Span], x: Int, y: Int, width: Int, base: Style, buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: base)
        var cx = x
        for (index, entry) in shown.enumerated() {
            if index > 0 { cx += separator.count }
            if cx >= x + width { break }
            let cell = cells[entry.column.id] ?? Span("", base)
            let w = min(entry.width, x + width - cx)
            buffer.put(TextLayout.pad(cell.text, toWidth: w, align: entry.column.align), x: cx, y: y, maxWidth: w,
                       style: cell.style)
            cx += entry.width
        }
    }

    func drawHeader(x: Int, y: Int, width: Int, style: Style, buffer: inout ScreenBuffer) {
        var cells: [ID: Span] = [:]
        for entry in shown { cells[entry.column.id] = Span(entry.column.title, style) }
        drawRow(cells, x: x, y: y, width: width, base: style, buffer: &buffer)
    }
}
