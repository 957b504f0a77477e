import Testing
@testable import TerminalKit

@Suite("Display width")
struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect("".displayWidth == 0)
        #expect(Character("a").displayWidth == 1)
        #expect(Character(" ").displayWidth == 1)
        #expect(Character("~").displayWidth == 1)
    }

    @Test func controlsHaveNoWidth() {
        #expect(Character("\u{1B}").displayWidth == 0)
        #expect(Character("\u{7F}").displayWidth == 0)
        #expect(Character("\u{9B}").displayWidth == 0)
        #expect(Character("\r\n").displayWidth == 0)
        #expect("a\u{1B}b".displayWidth == 2)
    }

    @Test func chineseIsTwoColumnsPerCharacter() {
        #expect("中文".displayWidth == 4)
        #expect("退款申请".displayWidth == 8)
        #expect("订单A1".displayWidth == 6)
        #expect(Character("𠀀").displayWidth == 2)  // CJK Extension B
        #expect(Character("한").displayWidth == 2)  // Hangul syllable
        #expect(Character("カ").displayWidth == 2)  // katakana
        #expect(Character("ｶ").displayWidth == 1)  // halfwidth katakana
    }

    @Test func cjkPunctuationAndFullwidthFormsAreWide() {
        for p in ["，", "。", "！", "？", "「", "」", "、", "）", "\u{3000}"] {
            #expect(Character(p).displayWidth == 2, "\(p)")
        }
        #expect(Character("ｈ").displayWidth == 2)  // U+FF48 fullwidth h
        #expect("ｈｅｌｌｏ".displayWidth == 10)
    }

    @Test func emojiAreTwoColumnsPerCluster() {
        #expect(Character("😀").displayWidth == 2)
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(family.count == 1)
        #expect(family.displayWidth == 2)
        #expect("👍🏽".displayWidth == 2)  // skin-tone modifier
        #expect("☝🏻".displayWidth == 2)  // text-default base made emoji by a modifier
        #expect("🇨🇳".displayWidth == 2)  // flag = two regional indicators
        #expect("🇨🇳🇯🇵".displayWidth == 4)
        #expect("1️⃣".displayWidth == 2)  // keycap with VS16
        #expect("1\u{20E3}".displayWidth == 1)  // keycap without VS16 stays text
        #expect("🏳️‍🌈".displayWidth == 2)
        #expect("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}".displayWidth == 2)
    }

    @Test func variationSelectorsChoosePresentation() {
        #expect("♥".displayWidth == 1)
        #expect("♥️".displayWidth == 2)
        #expect("♥\u{FE0E}".displayWidth == 1)
        #expect("❤".displayWidth == 1)
        #expect("❤️".displayWidth == 2)
        #expect("⌚".displayWidth == 2)
        #expect("⌚\u{FE0E}".displayWidth == 2)  // East Asian Wide base stays wide
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(decomposed.displayWidth == 1)
        #expect("é".displayWidth == 1)
        #expect("cafe\u{0301}".displayWidth == 4)
        #expect("a\u{0300}\u{0301}\u{0302}".displayWidth == 1)
        #expect("\u{1100}\u{1161}\u{11A8}".displayWidth == 2)  // conjoining Hangul jamo
        #expect(DisplayWidth.of(scalar: "\u{0301}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{200B}") == 0)
    }

    @Test func mixedText() {
        #expect("Order 订单 #42 😀!".displayWidth == 6 + 4 + 5 + 2 + 1)
        #expect(Substring("中文abc").displayWidth == 7)
        #expect("±─①".displayWidth == 3)  // East Asian Ambiguous counts 1
    }

    @Test func tableLookupAgreesWithUnicodeAtBoundaries() {
        #expect(DisplayWidth.of(scalar: "\u{4E00}") == 2)
        #expect(DisplayWidth.of(scalar: "\u{9FFF}") == 2)
        #expect(DisplayWidth.of(scalar: "\u{10FFFD}") == 1)
        #expect(DisplayWidth.of(scalar: "\u{0000}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{1F1E6}") == 2)
        #expect(DisplayWidth.of(scalar: "\u{2400}") == 1)  // control pictures: placeholders are narrow
        #expect(DisplayWidth.of(scalar: "\u{27E8}") == 1)
    }
}
