import Testing
@testable import TerminalKit

@Suite("Clip and pad")
struct ClipPadTests {
    @Test func clipKeepsTextThatFits() {
        #expect(TextLayout.clip("hello", toWidth: 5) == "hello")
        #expect(TextLayout.clip("中文", toWidth: 4) == "中文")
        #expect(TextLayout.clip("", toWidth: 3) == "")
    }

    @Test func clipCutsByDisplayWidthWithEllipsis() {
        #expect(TextLayout.clip("hello world", toWidth: 8) == "hello w…")
        #expect(TextLayout.clip("退款申请已提交", toWidth: 7) == "退款申…")
        #expect(TextLayout.clip("退款申请已提交", toWidth: 6) == "退款…")  // 退款申 + … would be 7
        #expect(TextLayout.clip("退款申请已提交", toWidth: 6).displayWidth == 5)
        #expect(TextLayout.clip("ab中文cd", toWidth: 4) == "ab…")
        #expect(TextLayout.clip("hello", toWidth: 3, ellipsis: "") == "hel")
        #expect(TextLayout.clip("中文", toWidth: 3, ellipsis: "") == "中")
        #expect(TextLayout.clip("hello", toWidth: 4, ellipsis: "...") == "h...")
    }

    @Test func clipNeverSplitsClusters() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(TextLayout.clip(family + "ok", toWidth: 3) == family + "…")
        #expect(TextLayout.clip(family + family, toWidth: 3) == family + "…")
        #expect(TextLayout.clip("🇨🇳🇯🇵", toWidth: 3) == "🇨🇳…")
        #expect(TextLayout.clip("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
        #expect(TextLayout.clip("1️⃣2️⃣3️⃣", toWidth: 5) == "1️⃣2️⃣…")
    }

    @Test func clipAtTinyWidths() {
        #expect(TextLayout.clip("中文", toWidth: 1) == "…")
        #expect(TextLayout.clip("中文", toWidth: 1, ellipsis: "") == "")
        #expect(TextLayout.clip("中文", toWidth: 0) == "")
        #expect(TextLayout.clip("abc", toWidth: -3) == "")
        #expect(TextLayout.clip("abc", toWidth: 2, ellipsis: "[more]") == "ab")  // ellipsis too wide
        #expect(TextLayout.clip("😀", toWidth: 1) == "…")
    }

    @Test func clipSanitises() {
        let out = TextLayout.clip("a\u{1B}[2Jb\nc", toWidth: 20)
        #expect(out == "a␛[2Jb␊c")
        #expect(TextLayout.clip("\u{202E}abcdefghij", toWidth: 10) == "⟨U+202E⟩a…")
    }

    @Test func padGivesExactWidth() {
        #expect(TextLayout.pad("ab", toWidth: 5) == "ab   ")
        #expect(TextLayout.pad("ab", toWidth: 5, align: .right) == "   ab")
        #expect(TextLayout.pad("ab", toWidth: 5, align: .center) == " ab  ")
        #expect(TextLayout.pad("中文", toWidth: 5) == "中文 ")
        #expect(TextLayout.pad("中文", toWidth: 5, align: .right) == " 中文")
        #expect(TextLayout.pad("中文", toWidth: 3, ellipsis: "") == "中 ")  // the wide char that did not fit
        #expect(TextLayout.pad("中文中", toWidth: 5) == "中文…")
        #expect(TextLayout.pad("中文", toWidth: 1) == "…")
        #expect(TextLayout.pad("中文", toWidth: 1, ellipsis: "") == " ")
        #expect(TextLayout.pad("中文", toWidth: 0) == "")
        for w in 0...12 {
            for s in ["", "a", "中文😀abc", "👨\u{200D}👩\u{200D}👧ok", "\u{1B}]0;x\u{07}", "，。！？"] {
                for align in [TextAlignment.left, .right, .center] {
                    #expect(TextLayout.pad(s, toWidth: w, align: align).displayWidth == w, "\(s) \(w)")
                }
            }
        }
    }
}

@Suite("Wrap")
struct WrapTests {
    /// Every line fits and the text survives (ignoring the spaces a wrap drops).
    private func check(_ s: String, _ width: Int, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let lines = TextLayout.wrap(s, width: width)
        for line in lines {
            #expect(line.displayWidth <= width, "\(line) > \(width)", sourceLocation: sourceLocation)
        }
        return lines
    }

    @Test func wrapsEnglishAtSpaces() {
        #expect(check("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
        #expect(check("the quick brown fox", 9) == ["the quick", "brown fox"])
        #expect(check("a  b", 10) == ["a  b"])
        #expect(check("  indented text here", 10) == ["  indented", "text here"])
    }

    @Test func hardBreaksLongWords() {
        #expect(check("see https://example.com/abc", 10) == ["see", "https://ex", "ample.com/", "abc"])
        #expect(check("abcdefghij", 3) == ["abc", "def", "ghi", "j"])
    }

    @Test func breaksChineseBetweenAnyCharacters() {
        #expect(check("我的订单还没有发货", 6) == ["我的订", "单还没", "有发货"])
        #expect(check("我的订单还没有发货", 7) == ["我的订", "单还没", "有发货"])
        #expect(check("订单A123已发货", 8) == ["订单A123", "已发货"])
        #expect(check("订单A123已发货", 7) == ["订单", "A123已", "发货"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        let lines = check("您好，我的订单还没有到。请问什么时候发货？谢谢！", 6)
        #expect(lines.joined() == "您好，我的订单还没有到。请问什么时候发货？谢谢！")
        for line in lines.dropFirst() {
            #expect(!"，。！？、）」".contains(line.first!), "\(lines)")
        }
        #expect(check("您好，世界", 4) == ["您", "好，", "世界"])
        #expect(check("他说「好的」。", 6) == ["他说", "「好", "的」。"])
        // Opening brackets never end a line.
        for line in check("请看「退货政策」和「保修条款」", 6) {
            #expect(line.last != "「")
        }
    }

    @Test func kinsokuYieldsWhenUnavoidable() {
        // At width 2 "好，" cannot share a line: the comma has to start one.
        #expect(check("好，", 2) == ["好", "，"])
    }

    @Test func mixedChineseEnglishEmoji() {
        let s = "Hi 张三 👋, your order 订单#42 shipped 🚚！"
        for width in [1, 2, 3, 5, 7, 11, 13] {
            let lines = check(s, width)
            #expect(!lines.isEmpty)
        }
        #expect(check(s, 11) == ["Hi 张三 👋,", "your order", "订单#42", "shipped", "🚚！"])
        #expect(check(s, 13) == ["Hi 张三 👋,", "your order 订", "单#42 shipped", "🚚！"])
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(check(family + family + family, 5) == [family + family, family])
    }

    @Test func keepsExplicitNewlines() {
        #expect(check("a\nb", 10) == ["a", "b"])
        #expect(check("a\n\nb\n", 10) == ["a", "", "b"])
        #expect(check("line one\r\nline two", 5) == ["line", "one", "line", "two"])
        #expect(check("", 10) == [])
        #expect(check("\n", 10) == [""])
    }

    @Test func tinyWidths() {
        #expect(TextLayout.wrap("中文", width: 0) == [])
        #expect(TextLayout.wrap("abc", width: -1) == [])
        #expect(check("中a文", 1) == ["…", "a", "…"])
        #expect(check("ab", 1) == ["a", "b"])
        #expect(check("中文", 2) == ["中", "文"])
        #expect(check("中a文b", 3) == ["中a", "文b"])
    }

    @Test func wrapSanitises() {
        let lines = check("hello\u{1B}]0;pwned\u{07} world\u{202E}", 40)
        #expect(lines == ["hello␛]0;pwned␇ world⟨U+202E⟩"])
        #expect(check("a\tb", 20) == ["a       b"])
    }
}

@Suite("Text table")
struct TextTableTests {
    private func sameWidth(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        let widths = Set(lines.map(\.displayWidth))
        #expect(widths.count == 1, "\(lines.map { ($0, $0.displayWidth) })", sourceLocation: sourceLocation)
        return widths.first
    }

    private func sample() -> TextTable {
        var t = TextTable(columns: [
            .init("ID", align: .right),
            .init("Customer", maxWidth: 12),
            .init("Subject", flexible: true),
            .init("Amount", align: .right),
        ])
        t.append(["7", "张三", "退款申请：商品损坏了", "¥128.00"])
        t.append(["1024", "Ann Lee", "Where is my parcel? 📦", "$5.5"])
        t.append(["88", "欧阳娜娜👩‍💻", "Re: 换货（尺码不对）", "¥1,299.00"])
        t.append(["9", "O'Brien\u{1B}[2J", "hello\u{202E}dlrow", "0"])
        return t
    }

    @Test func naturalWidthsAlignChineseAndEmoji() {
        let lines = sample().renderLines()
        #expect(sameWidth(lines) != nil)
        #expect(lines[0] == "  ID  Customer     Subject                    Amount")
        #expect(lines[1] == String(repeating: "-", count: lines[0].displayWidth))
        #expect(lines[2] == "   7  张三         退款申请：商品损坏了      ¥128.00")
        #expect(lines[4] == "  88  欧阳娜娜👩‍💻   Re: 换货（尺码不对）    ¥1,299.00")
        #expect(lines[5].contains("O'Brien␛[2J"))
        #expect(lines[5].contains("⟨U+202E⟩"))
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test func flexibleColumnTakesTheRemainingWidth() {
        let t = sample()
        for width in [30, 41, 50, 60, 80, 120] {
            let lines = t.renderLines(width: width)
            #expect(sameWidth(lines) == width, "width \(width)")
        }
        let narrow = t.renderLines(width: 41)
        #expect(narrow[2] == "   7  张三         退款申请：…    ¥128.00")
    }

    @Test func maxWidthClipsWithEllipsis() {
        var t = TextTable(columns: [.init("名字", maxWidth: 5), .init("n", align: .right)])
        t.append(["欧阳娜娜", "1"])
        t.append(["Li", "22"])
        let lines = t.renderLines()
        #expect(sameWidth(lines) == 5 + 2 + 2)
        #expect(lines == ["名字    n", "---------", "欧阳…   1", "Li     22"])
    }

    @Test func tooNarrowShrinksColumnsButKeepsLinesEqual() {
        let t = sample()
        let lines = t.renderLines(width: 20)
        let w = sameWidth(lines)
        #expect(w == 20)
        let tiny = t.renderLines(width: 5)
        #expect(sameWidth(tiny) != nil)  // minimum widths win, but rows still line up
    }

    @Test func missingAndExtraCells() {
        var t = TextTable(columns: [.init("a"), .init("b")], separator: " | ", rule: nil)
        t.append(["中"])
        t.append(["x", "y", "ignored"])
        let lines = t.renderLines()
        #expect(lines == ["a  | b", "中 |  ", "x  | y"])
        #expect(t.render() == lines.joined(separator: "\n"))
    }
}
