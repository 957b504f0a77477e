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

@Suite("Display width fast paths")
struct DisplayWidthFastPathTests {
    /// The string fast paths must agree with the per-cluster definition on any text.
    @Test func stringWidthEqualsSumOfClusterWidths() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let pool: [UInt32] = [
            0x41, 0x20, 0x0A, 0x0D, 0x1B, 0xE9, 0x0301, 0x4E2D, 0x3002, 0xFF0C, 0xAC00, 0x1100, 0x1161,
            0x11A8, 0x200D, 0x200B, 0xFE0F, 0xFE0E, 0x2665, 0x1F468, 0x1F469, 0x1F3FB, 0x1F1E8, 0x1F1F3,
            0x31, 0x20E3, 0x0915, 0x093F, 0x0E01, 0x0E33, 0x1F3F4, 0xE0067, 0xE007F, 0x231A, 0x3099,
        ]
        for _ in 0..<2000 {
            var s = ""
            for _ in 0..<Int(next() % 10) {
                s.unicodeScalars.append(Unicode.Scalar(pool[Int(next() % UInt64(pool.count))])!)
            }
            let bySum = s.reduce(0) { $0 + $1.displayWidth }
            #expect(s.displayWidth == bySum, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
