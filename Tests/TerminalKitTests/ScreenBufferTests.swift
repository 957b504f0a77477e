import Testing
@testable import TerminalKit

@Suite struct ScreenBufferTests {
    @Test func wideCharactersOccupyTwoCellsAndLinesKeepTheirWidth() {
        var buffer = ScreenBuffer(size: Size(columns: 8, rows: 1))
        #expect(buffer.put("中a文", x: 0, y: 0, style: .plain) == 5)
        #expect(buffer.lines() == ["中a文   "])
        #expect(buffer[1, 0].isContinuation)
    }

    @Test func writingOverAWideCharacterAtTheSamePlaceKeepsTheNewOne() {
        var buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.put("中文", x: 0, y: 0, style: .plain)
        buffer.put("退", x: 0, y: 0, style: .plain)
        #expect(buffer.lines() == ["退文  "])
    }

    @Test func cuttingAWideCharacterInHalfBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.put("中文", x: 0, y: 0, style: .plain)
        buffer.put("x", x: 1, y: 0, style: .plain)
        #expect(buffer.lines() == [" x文  "])
        buffer.put("y", x: 2, y: 0, style: .plain)
        #expect(buffer.lines() == [" xy   "])
    }

    @Test func fillRepairsWideCharactersAcrossItsEdges() {
        var buffer = ScreenBuffer(size: Size(columns: 8, rows: 1))
        buffer.put("中文字体", x: 0, y: 0, style: .plain)
        buffer.fill(Rect(x: 1, y: 0, width: 4, height: 1), style: .plain)
        #expect(buffer.lines() == ["      体"])
        for line in buffer.lines() { #expect(DisplayWidth.of(line) == 8) }
    }

    @Test func customerTextIsSanitisedOnTheWayIn() {
        var buffer = ScreenBuffer(size: Size(columns: 30, rows: 1))
        buffer.put("a\u{1B}[2Jb\u{202E}c", x: 0, y: 0, style: .plain)
        let line = buffer.lines()[0]
        #expect(!line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(line.hasPrefix("a␛[2Jb"))
    }

    @Test func clipsAtMaxWidthAndNeverLeavesHalfAWideCharacter() {
        var buffer = ScreenBuffer(size: Size(columns: 10, rows: 1))
        #expect(buffer.put("中文中文", x: 0, y: 0, maxWidth: 5, style: .plain) == 5)
        #expect(buffer.lines() == ["中文      "])
    }
}
