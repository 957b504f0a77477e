import AftercareConsole
import Testing

@Suite struct ComposeEditorTests {
    @Test func typesChineseAndMovesByGrapheme() {
        var e = TextEditor()
        e.insert("您好，")
        e.insert("é👍🏽")
        #expect(e.text == "您好，é👍🏽")
        #expect(e.cursor == TextPosition(line: 0, column: 5))
        e.moveLeft()
        e.deleteBackward()  // removes é, not half of it
        #expect(e.text == "您好，👍🏽")
        e.moveToLineStart()
        e.moveRight()
        e.insert("们")
        #expect(e.text == "您们好，👍🏽")
        #expect(e.cursorCell(width: 40) == (row: 0, column: 4))
    }

    @Test func newlinesBackspaceJoinAndKillLine() {
        var e = TextEditor(text: "ab\r\ncd")
        #expect(e.lines == ["ab", "cd"])
        e.moveToLineStart()
        e.deleteBackward()
        #expect(e.lines == ["abcd"])
        #expect(e.cursor == TextPosition(line: 0, column: 2))
        e.killLine()
        #expect(e.text == "ab")
        e.newline()
        e.insert("x\ty")
        #expect(e.lines == ["ab", "x    y"])
        e.deleteWordBackward()
        #expect(e.lines == ["ab", "x    "])
    }

    @Test func wrapsByDisplayWidthAndPlacesTheCursor() {
        let e = TextEditor(text: "一二三四五")  // 10 cells
        let rows = e.wrappedRows(width: 4)
        #expect(rows.map(\.text) == ["一二", "三四", "五"])
        #expect(e.cursorCell(width: 4) == (row: 2, column: 2))
        // A wide character never straddles: width 5 still fits two per row.
        #expect(e.wrappedRows(width: 5).map(\.text) == ["一二", "三四", "五"])
        // The cursor after a row filled exactly goes to the next row.
        let full = TextEditor(text: "abcd")
        #expect(full.cursorCell(width: 4) == (row: 1, column: 0))
    }

    @Test func upAndDownKeepTheDisplayColumnAcrossWideText() {
        var e = TextEditor(text: "abcdef\n中文字符\nxy")
        e.move(to: TextPosition(line: 0, column: 4))  // column 4 cells
        e.moveDown(width: 40)
        #expect(e.cursor == TextPosition(line: 1, column: 2))  // 中文 = 4 cells
        e.moveDown(width: 40)
        #expect(e.cursor == TextPosition(line: 2, column: 2))  // end of "xy"
        e.moveUp(width: 40)
        #expect(e.cursor == TextPosition(line: 1, column: 2))  // goal column kept
        e.moveUp(width: 40)
        #expect(e.cursor == TextPosition(line: 0, column: 4))
        e.moveUp(width: 40)
        #expect(e.cursor == TextPosition(line: 0, column: 0))
        // On wrapped rows: "一二三四五" at width 4, from "三" (row 1) up to "一".
        var w = TextEditor(text: "一二三四五")
        w.move(to: TextPosition(line: 0, column: 2))
        w.moveUp(width: 4)
        #expect(w.cursor == TextPosition(line: 0, column: 0))
        w.moveDown(width: 4)
        w.moveDown(width: 4)
        #expect(w.cursor == TextPosition(line: 0, column: 4))
    }

    @Test func singleLineFieldsTurnNewlinesIntoSpaces() {
        var e = TextEditor(singleLine: true)
        e.insert("a\nb")
        #expect(e.text == "a b")
        #expect(e.lines.count == 1)
    }
}
