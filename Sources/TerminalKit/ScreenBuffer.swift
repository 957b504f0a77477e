/// A whole frame as cells. Views draw into it; a backend writes only the cells that changed
/// since the last frame. Tests read it back as lines of text.
public struct ScreenBuffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        cells = Array(repeating: .blank, count: self.size.columns * self.size.rows)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.columns, y < size.rows else { return .blank }
        return cells[y * size.columns + x]
    }

    /// Paints `rect` (clipped to the screen) with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let blank = Cell(text: " ", width: 1, style: style)
        guard rect.x < size.columns, rect.maxX > 0 else { return }
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            // A wide character straddling either edge loses its outside half too.
            repairWideCharacter(at: max(0, rect.x), y)
            repairWideCharacter(at: min(size.columns, rect.maxX) - 1, y)
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) { cells[y * size.columns + x] = blank }
        }
    }

    /// Writes `text` on row `y` from column `x`, never past `x + maxWidth` nor the screen edge.
    /// The text is sanitised here (this is the last step before the terminal), newlines included;
    /// a wide character that does not fit is replaced by a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= 0, y < size.rows, x < size.columns else { return 0 }
        let limit = min(size.columns, x + (maxWidth ?? size.columns))
        var column = x
        for character in UntrustedText.sanitize(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }  // a lone combining mark after sanitising: nothing to place
            if column + width > limit {
                if column < limit, column >= 0 { setCell(column, y, Cell(text: " ", width: 1, style: style)) }
                column = max(column, limit)
                break
            }
            if column >= 0 {
                setCell(column, y, Cell(text: String(character), width: width, style: style))
                if width == 2 { setCell(column + 1, y, Cell(text: "", width: 0, style: style)) }
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Changes one cell, repairing any wide character it cuts in half. A continuation cell is
    /// only ever written right after its own wide character, which must stay.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.columns else { return }
        if !cell.isContinuation { repairWideCharacter(at: x, y) }
        cells[y * size.columns + x] = cell
    }

    /// Before cell (x, y) is overwritten: if it is half of a wide character, blanks the other half.
    private mutating func repairWideCharacter(at x: Int, _ y: Int) {
        guard x >= 0, x < size.columns, y >= 0, y < size.rows else { return }
        let index = y * size.columns + x
        let old = cells[index]
        if old.isContinuation, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style)
        }
        if old.width == 2, x + 1 < size.columns, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", width: 1, style: old.style)
        }
    }

    /// The frame as text, one string per row (continuation cells omitted, so every line has
    /// exactly `size.columns` columns of display width).
    public func lines() -> [String] {
        (0..<size.rows).map { y in
            var line = ""
            for x in 0..<size.columns where !self[x, y].isContinuation { line += self[x, y].text }
            return line
        }
    }

    /// Rows whose cells differ from `previous` (all rows when the sizes differ).
    public func changedRows(since previous: ScreenBuffer?) -> [Int] {
        guard let previous, previous.size == size else { return Array(0..<size.rows) }
        return (0..<size.rows).filter { y in
            let start = y * size.columns
            return cells[start..<start + size.columns] != previous.cells[start..<start + size.columns]
        }
    }
}
