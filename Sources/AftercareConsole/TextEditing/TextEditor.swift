import TerminalKit

/// A position in a `TextEditor`: logical line, and column counted in grapheme clusters
/// (`Character`s), so a cursor never splits "é" or "👍🏽" and one Chinese character is one step.
public struct TextPosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// One on-screen row of wrapped text: a slice `[start, end)` of logical line `line`.
public struct WrappedRow: Hashable, Sendable {
    public var line: Int
    public var start: Int
    public var end: Int
    public var text: String
}

/// The multi-line editor model behind inline compose (and, single-line, the search and command
/// lines). Plain value, no terminal: the view draws `wrappedRows(width:)` and puts the cursor at
/// `cursorCell(width:)`; the reducer moves it. Wrapping is by display width (a CJK character
/// takes two cells and is never split across rows).
public struct TextEditor: Hashable, Sendable {
    /// Logical lines; never empty.
    public private(set) var lines: [String]
    public private(set) var cursor: TextPosition
    /// When true, newlines typed or pasted become spaces (search and command lines).
    public var singleLine: Bool
    /// The display column up/down aim for, kept while moving vertically.
    private var goalColumn: Int?

    public init(text: String = "", singleLine: Bool = false) {
        self.singleLine = singleLine
        lines = [""]
        cursor = TextPosition(line: 0, column: 0)
        if !text.isEmpty { insert(text) }
    }

    /// The whole text, lines joined with "\n".
    public var text: String { lines.joined(separator: "\n") }
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// Replaces everything; the cursor goes to the end.
    public mutating func setText(_ text: String) {
        lines = [""]
        cursor = TextPosition(line: 0, column: 0)
        goalColumn = nil
        insert(text)
    }

    // MARK: Editing

    /// Inserts typed or pasted text at the cursor. "\r\n" and "\r" count as newlines; tabs become
    /// four spaces; other control characters are dropped.
    public mutating func insert(_ typed: String) {
        goalColumn = nil
        var clean = ""
        clean.reserveCapacity(typed.utf8.count)
        for c in typed {
            switch c {
            case "\r\n", "\r", "\n": clean.append(singleLine ? " " : "\n")
            case "\t": clean += "    "
            default:
                if let s = c.unicodeScalars.first, c.unicodeScalars.count == 1,
                   s.value < 0x20 || (0x7F...0x9F).contains(s.value) { continue }
                clean.append(c)
            }
        }
        guard !clean.isEmpty else { return }
        var chars = Array(lines[cursor.line])
        let tail = Array(chars[cursor.column...])
        chars.removeSubrange(cursor.column...)
        let parts = clean.split(separator: "\n", omittingEmptySubsequences: false)
        chars += Array(parts[0])
        if parts.count == 1 {
            cursor.column = chars.count
            lines[cursor.line] = String(chars + tail)
            return
        }
        lines[cursor.line] = String(chars)
        var newLines: [String] = []
        for part in parts.dropFirst().dropLast() { newLines.append(String(part)) }
        let last = Array(parts[parts.count - 1])
        newLines.append(String(last + tail))
        lines.insert(contentsOf: newLines, at: cursor.line + 1)
        cursor = TextPosition(line: cursor.line + newLines.count, column: last.count)
    }

    public mutating func newline() { insert("\n") }

    public mutating func deleteBackward() {
        goalColumn = nil
        if cursor.column > 0 {
            var chars = Array(lines[cursor.line])
            chars.remove(at: cursor.column - 1)
            lines[cursor.line] = String(chars)
            cursor.column -= 1
        } else if cursor.line > 0 {
            let previous = lines[cursor.line - 1]
            let column = previous.count
            lines[cursor.line - 1] = previous + lines[cursor.line]
            lines.remove(at: cursor.line)
            cursor = TextPosition(line: cursor.line - 1, column: column)
        }
    }

    public mutating func deleteForward() {
        goalColumn = nil
        let chars = Array(lines[cursor.line])
        if cursor.column < chars.count {
            var c = chars
            c.remove(at: cursor.column)
            lines[cursor.line] = String(c)
        } else if cursor.line + 1 < lines.count {
            lines[cursor.line] += lines[cursor.line + 1]
            lines.remove(at: cursor.line + 1)
        }
    }

    /// Deletes back to the start of the word before the cursor (C-w).
    public mutating func deleteWordBackward() {
        goalColumn = nil
        if cursor.column == 0 { deleteBackward(); return }
        var chars = Array(lines[cursor.line])
        var start = cursor.column
        while start > 0, chars[start - 1].isWhitespace { start -= 1 }
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        chars.removeSubrange(start..<cursor.column)
        lines[cursor.line] = String(chars)
        cursor.column = start
    }

    /// Deletes to the end of the line; at the end, joins the next line (C-k).
    public mutating func killLine() {
        goalColumn = nil
        let chars = Array(lines[cursor.line])
        if cursor.column < chars.count {
            lines[cursor.line] = String(chars[..<cursor.column])
        } else {
            deleteForward()
        }
    }

    /// Deletes the whole line of a single-line field (C-u).
    public mutating func clear() { setText("") }

    // MARK: Moving

    public mutating func moveLeft() {
        goalColumn = nil
        if cursor.column > 0 { cursor.column -= 1 } else if cursor.line > 0 {
            cursor.line -= 1
            cursor.column = lines[cursor.line].count
        }
    }

    public mutating func moveRight() {
        goalColumn = nil
        if cursor.column < lines[cursor.line].count { cursor.column += 1 } else if cursor.line + 1 < lines.count {
            cursor = TextPosition(line: cursor.line + 1, column: 0)
        }
    }

    public mutating func moveToLineStart() { goalColumn = nil; cursor.column = 0 }
    public mutating func moveToLineEnd() { goalColumn = nil; cursor.column = lines[cursor.line].count }

    public mutating func moveToEnd() {
        goalColumn = nil
        cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
    }

    /// Moves to `position`, clamped into the text.
    public mutating func move(to position: TextPosition) {
        goalColumn = nil
        let line = min(max(0, position.line), lines.count - 1)
        cursor = TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
    }

    /// One wrapped row up at `width` cells, keeping the display column (a wide character the goal
    /// column falls inside is skipped to its left edge).
    public mutating func moveUp(width: Int) { moveVertically(by: -1, width: width) }
    public mutating func moveDown(width: Int) { moveVertically(by: 1, width: width) }

    private mutating func moveVertically(by delta: Int, width: Int) {
        let rows = wrappedRows(width: width)
        let here = cursorCell(width: width, rows: rows)
        let goal = goalColumn ?? here.column
        var target = here.row + delta
        if target < 0 { cursor.column = 0; cursor.line = 0; goalColumn = nil; return }
        if target >= rows.count {
            target = rows.count - 1
            if target == here.row { moveToEnd(); return }
        }
        // Skip the phantom row a full last row makes (cursor at end of a row exactly `width` wide).
        let row = rows[target]
        let chars = Array(lines[row.line])
        let isLastOfLine = target + 1 >= rows.count || rows[target + 1].line != row.line
        let maxColumn = isLastOfLine ? row.end : max(row.start, row.end - 1)
        var column = row.start, x = 0
        while column < maxColumn {
            let w = DisplayWidth.of(chars[column])
            if x + w > goal { break }
            x += w
            column += 1
        }
        cursor = TextPosition(line: row.line, column: column)
        goalColumn = goal
    }

    // MARK: Layout

    /// The text wrapped at `width` display cells (at least 1): every logical line gives one row
    /// or more; an empty line gives one empty row.
    public func wrappedRows(width: Int) -> [WrappedRow] {
        let width = max(1, width)
        var rows: [WrappedRow] = []
        for (index, line) in lines.enumerated() {
            var start = 0, x = 0, i = 0
            var rowText = ""
            for c in line {
                let w = DisplayWidth.of(c)
                if x + w > width, i > start {
                    rows.append(WrappedRow(line: index, start: start, end: i, text: rowText))
                    start = i
                    x = 0
                    rowText = ""
                }
                x += w
                rowText.append(c)
                i += 1
            }
            rows.append(WrappedRow(line: index, start: start, end: i, text: rowText))
        }
        return rows
    }

    /// Where the cursor is on screen when wrapped at `width`: visual row and display column. A
    /// cursor right after a row that fills the width exactly is shown at the start of the next
    /// row (which may be one past `wrappedRows(width:).count - 1`).
    public func cursorCell(width: Int) -> (row: Int, column: Int) {
        cursorCell(width: width, rows: wrappedRows(width: width))
    }

    private func cursorCell(width: Int, rows: [WrappedRow]) -> (row: Int, column: Int) {
        let width = max(1, width)
        guard let first = rows.firstIndex(where: { $0.line == cursor.line }) else { return (0, 0) }
        var index = first
        while index + 1 < rows.count, rows[index + 1].line == cursor.line, rows[index + 1].start <= cursor.column {
            index += 1
        }
        let row = rows[index]
        let chars = Array(lines[cursor.line])
        var x = 0
        for c in chars[row.start..<min(cursor.column, chars.count)] { x += DisplayWidth.of(c) }
        if x >= width { return (index + 1, 0) }
        return (index, x)
    }
}
