import Testing
@testable import TerminalKit

/// The properties every sanitised string must have, whatever went in.
private func assertSafe(
    _ out: String, keepNewlines: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) {
    for scalar in out.unicodeScalars {
        let v = scalar.value
        if v == 0x0A && keepNewlines { continue }
        #expect(v >= 0x20, "C0 control U+\(String(v, radix: 16)) leaked", sourceLocation: sourceLocation)
        #expect(v != 0x7F, "DEL leaked", sourceLocation: sourceLocation)
        #expect(!(0x80...0x9F).contains(v), "C1 control leaked", sourceLocation: sourceLocation)
        let hidden: [ClosedRange<UInt32>] = [
            0x202A...0x202E, 0x2066...0x2069, 0x200B...0x200F, 0x2060...0x2064, 0x061C...0x061C,
            0xFEFF...0xFEFF, 0x00AD...0x00AD, 0xFFF9...0xFFFB,
        ]
        #expect(
            !hidden.contains { $0.contains(v) } || v == 0x200D,
            "hidden U+\(String(v, radix: 16)) leaked", sourceLocation: sourceLocation)
    }
}

@Suite("Untrusted text")
struct UntrustedTextTests {
    // MARK: attack strings

    static let titleAttack = "Refund\u{1B}]0;pwned\u{07}please"
    static let clearScreen = "hi\u{1B}[2Jthere"
    static let clipboard = "x\u{1B}]52;c;Zm9v\u{07}y"
    static let c1CSI = "red\u{9B}31mtext"
    static let rlo = "invoice_\u{202E}fdp.exe"
    static let zwsp = "pay\u{200B}pal"

    @Test func oscTitleIsDefused() {
        let out = UntrustedText.sanitize(Self.titleAttack)
        #expect(out == "Refund␛]0;pwned␇please")
        assertSafe(out)
    }

    @Test func clearScreenIsDefused() {
        let out = UntrustedText.sanitize(Self.clearScreen)
        #expect(out == "hi␛[2Jthere")
        assertSafe(out)
    }

    @Test func osc52ClipboardIsDefused() {
        let out = UntrustedText.sanitize(Self.clipboard)
        #expect(out == "x␛]52;c;Zm9v␇y")
        assertSafe(out)
    }

    @Test func c1CSIIsShown() {
        let out = UntrustedText.sanitize(Self.c1CSI)
        #expect(out == "red⟨U+009B⟩31mtext")
        assertSafe(out)
    }

    @Test func bidiOverrideIsShown() {
        let out = UntrustedText.sanitize(Self.rlo)
        #expect(out == "invoice_⟨U+202E⟩fdp.exe")
        assertSafe(out)
    }

    @Test func zeroWidthSpaceIsShown() {
        let out = UntrustedText.sanitize(Self.zwsp)
        #expect(out == "pay⟨U+200B⟩pal")
        assertSafe(out)
    }

    @Test func subjectAndBodyCarryingEveryAttack() {
        let subject = "订单问题 " + Self.titleAttack + Self.clearScreen + Self.clipboard + Self.c1CSI + Self.rlo
            + Self.zwsp
        let body = "您好，\r\n" + subject + "\n谢谢\u{202E}！\u{200B}\n"
        let s = UntrustedText.sanitize(subject)
        let b = UntrustedText.sanitize(body, keepNewlines: true)
        assertSafe(s)
        assertSafe(b, keepNewlines: true)
        #expect(!s.contains("\n"))
        #expect(b.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
        for out in [s, b] {
            #expect(out.contains("␛]0;pwned␇"))
            #expect(out.contains("␛[2J"))
            #expect(out.contains("␛]52;c;Zm9v␇"))
            #expect(out.contains("⟨U+009B⟩31m"))
            #expect(out.contains("⟨U+202E⟩"))
            #expect(out.contains("⟨U+200B⟩"))
        }
        #expect(b.hasPrefix("您好，\n订单问题 "))
        #expect(b.hasSuffix("谢谢⟨U+202E⟩！⟨U+200B⟩\n"))
    }

    // MARK: control classes

    @Test func everyC0ControlBecomesItsControlPicture() {
        for v in UInt32(0)..<0x20 where v != 0x09 {
            let s = "a" + String(Unicode.Scalar(v)!) + "b"
            let out = UntrustedText.sanitize(s)
            #expect(out == "a" + String(Unicode.Scalar(0x2400 + v)!) + "b")
            assertSafe(out)
        }
        #expect(UntrustedText.sanitize("\u{0}") == "␀")
        #expect(UntrustedText.sanitize("\u{1B}") == "␛")
        #expect(UntrustedText.sanitize("\u{7F}") == "␡")
    }

    @Test func everyC1ControlIsBracketed() {
        for v in UInt32(0x80)...0x9F {
            let out = UntrustedText.sanitize("a" + String(Unicode.Scalar(v)!) + "b")
            #expect(out == "a⟨U+00\(String(v, radix: 16, uppercase: true))⟩b")
            assertSafe(out)
        }
    }

    @Test func formatCharactersAreShown() {
        let hidden: [UInt32] = [
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
            0x061C, 0x200B, 0x200C, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x00AD, 0xFFF9,
            0xFFFA, 0xFFFB, 0x3164, 0x034F, 0xE0001,
        ]
        for v in hidden {
            let scalar = Unicode.Scalar(v)!
            let out = UntrustedText.sanitize("x" + String(scalar) + "y")
            #expect(out == "x" + UntrustedText.placeholder(for: scalar) + "y", "U+\(String(v, radix: 16))")
            #expect(out.unicodeScalars.allSatisfy { $0.value != v })
            assertSafe(out)
        }
    }

    @Test func placeholdersHaveKnownWidths() {
        #expect(UntrustedText.placeholder(for: "\u{1B}") == "␛")
        #expect(UntrustedText.placeholder(for: "\u{1B}").displayWidth == 1)
        #expect(UntrustedText.placeholder(for: "\u{7F}") == "␡")
        #expect(UntrustedText.placeholder(for: "\u{9B}") == "⟨U+009B⟩")
        #expect(UntrustedText.placeholder(for: "\u{9B}").displayWidth == 8)
        #expect(UntrustedText.placeholder(for: "\u{202E}").displayWidth == 8)
        #expect(UntrustedText.placeholder(for: "\u{E0041}") == "⟨U+E0041⟩")
        #expect(UntrustedText.placeholder(for: "\u{E0041}").displayWidth == 9)
    }

    // MARK: newlines and tabs

    @Test func newlinesAreShownUnlessKept() {
        #expect(UntrustedText.sanitize("a\nb") == "a␊b")
        #expect(UntrustedText.sanitize("a\r\nb") == "a␍␊b")
        #expect(UntrustedText.sanitize("a\nb", keepNewlines: true) == "a\nb")
        #expect(UntrustedText.sanitize("a\r\nb\r\n", keepNewlines: true) == "a\nb\n")
        #expect(UntrustedText.sanitize("a\rb", keepNewlines: true) == "a␍b")  // lone CR would rewind
        #expect(UntrustedText.sanitize("a\u{2028}b", keepNewlines: true) == "a\nb")
        #expect(UntrustedText.sanitize("a\u{2029}b") == "a⟨U+2029⟩b")
    }

    @Test func tabsAreSpaces() {
        #expect(UntrustedText.sanitize("a\tb") == "a b")
        #expect(UntrustedText.sanitize("\t\t") == "  ")
        // Bodies: tab stops every 8 columns, measured per line in display width.
        #expect(UntrustedText.sanitize("a\tb", keepNewlines: true) == "a       b")
        #expect(UntrustedText.sanitize("abcdefgh\tx", keepNewlines: true) == "abcdefgh        x")
        #expect(UntrustedText.sanitize("x\n\ty", keepNewlines: true) == "x\n        y")
        #expect(UntrustedText.sanitize("中文\t1\t2", keepNewlines: true) == "中文    1       2")
        let table = UntrustedText.sanitize("名称\t数量\nab\tcd", keepNewlines: true)
        #expect(table == "名称    数量\nab      cd")
    }

    // MARK: invalid UTF-8

    @Test func invalidUTF8BecomesReplacementCharacter() {
        #expect(UntrustedText.sanitize([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(UntrustedText.sanitize([0x61, 0x80]) == "a\u{FFFD}")  // stray continuation
        #expect(UntrustedText.sanitize([0xE4, 0xB8]) == "\u{FFFD}")  // truncated 中
        #expect(UntrustedText.sanitize([0xE4, 0xB8, 0xAD]) == "中")
        // Overlong encodings of ESC and CSI must not decode to controls.
        let overlong = UntrustedText.sanitize([0xC0, 0x9B, 0x5B, 0x32, 0x4A, 0xC2, 0x9B])
        #expect(overlong.hasPrefix("\u{FFFD}"))
        #expect(overlong.hasSuffix("⟨U+009B⟩"))
        assertSafe(overlong)
        // Encoded surrogate (ED A0 80) is invalid too.
        #expect(!UntrustedText.sanitize([0xED, 0xA0, 0x80]).unicodeScalars.contains { $0.value == 0xD800 })
        #expect(UntrustedText.sanitize([0x1B, 0x5B, 0x32, 0x4A]) == "␛[2J")
        #expect(UntrustedText.sanitize([0x61, 0x0A, 0x62], keepNewlines: true) == "a\nb")
    }

    // MARK: emoji sequences are kept

    @Test func emojiSequencesSurviveUnchanged() {
        let kept = [
            "👨\u{200D}👩\u{200D}👧", "🏳️\u{200D}🌈", "❤️\u{200D}🔥", "👩🏽\u{200D}💻", "1️⃣", "♥️",
            "✔︎", "🇨🇳", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "葛\u{E0100}", "谢谢你 😊 👍🏻",
        ]
        for s in kept {
            #expect(UntrustedText.sanitize(s) == s, "\(s)")
        }
        let family = UntrustedText.sanitize("家庭👨\u{200D}👩\u{200D}👧")
        #expect(family.count == 3)
        #expect(family.displayWidth == 6)
    }

    @Test func strayJoinersAndSelectorsAreShown() {
        #expect(UntrustedText.sanitize("中\u{200D}文") == "中⟨U+200D⟩文")
        #expect(UntrustedText.sanitize("a\u{200D}b") == "a⟨U+200D⟩b")
        #expect(UntrustedText.sanitize("👍\u{200D}") == "👍⟨U+200D⟩")
        #expect(UntrustedText.sanitize("\u{200D}👍") == "⟨U+200D⟩👍")
        #expect(UntrustedText.sanitize("👨\u{200D}\u{200D}👩") == "👨⟨U+200D⟩⟨U+200D⟩👩")
        #expect(UntrustedText.sanitize("\u{FE0F}") == "⟨U+FE0F⟩")
        #expect(UntrustedText.sanitize("a\u{FE0F}") == "a⟨U+FE0F⟩")
        #expect(UntrustedText.sanitize("♥️\u{FE0F}") == "♥️⟨U+FE0F⟩")
        // Variation-selector smuggling: a run of VS17+ after an emoji carries hidden bytes.
        #expect(UntrustedText.sanitize("😀\u{E0100}\u{E0101}") == "😀⟨U+E0100⟩⟨U+E0101⟩")
    }

    @Test func tagCharactersOutsideFlagsAreShown() {
        // "hi" written in invisible tag characters.
        #expect(UntrustedText.sanitize("ok\u{E0068}\u{E0069}") == "ok⟨U+E0068⟩⟨U+E0069⟩")
        // A black flag followed by a long hidden tag payload is not a subdivision flag.
        let payload = "🏴" + "ignoreall".unicodeScalars.map { String(Unicode.Scalar($0.value + 0xE0000)!) }.joined()
            + "\u{E007F}"
        let out = UntrustedText.sanitize(payload)
        #expect(out.hasPrefix("🏴⟨U+E0069⟩"))
        #expect(out.hasSuffix("⟨U+E007F⟩"))
        #expect(!out.unicodeScalars.contains { (0xE0000...0xE007F).contains($0.value) })
    }

    // MARK: fast path and idempotence

    @Test func printableASCIIIsReturnedUnchanged() {
        let s = "Order #1234 - refund requested (ETA 3 days) ~ ok!"
        #expect(UntrustedText.sanitize(s) == s)
        #expect(UntrustedText.sanitize("") == "")
        #expect(UntrustedText.sanitize("line1\nline2", keepNewlines: true) == "line1\nline2")
        #expect(UntrustedText.isClean(s))
        #expect(UntrustedText.isClean("您好，请问我的订单什么时候发货？😀"))
        #expect(!UntrustedText.isClean("a\u{1B}"))
        // Clean non-ASCII text is returned unchanged too.
        let zh = "您好，请问我的订单什么时候发货？"
        #expect(UntrustedText.sanitize(zh) == zh)
    }

    @Test func sanitizeIsIdempotent() {
        let inputs = [
            Self.titleAttack, Self.clearScreen, Self.clipboard, Self.c1CSI, Self.rlo, Self.zwsp,
            "a\tb\t中\tc\r\nd\re\u{2028}f", "👨\u{200D}👩\u{200D}👧\u{200D}", "\u{1B}\u{FE0F}\u{200D}👍",
            "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}\u{E007F}", "e\u{301}\u{0}\u{9B}\u{7F}",
            "\u{FEFF}BOM", "中\u{200D}文\u{FE0F}", "葛\u{E0100}\u{E0100}", "",
        ]
        for x in inputs {
            for keep in [false, true] {
                let once = UntrustedText.sanitize(x, keepNewlines: keep)
                #expect(UntrustedText.sanitize(once, keepNewlines: keep) == once, "\(x.debugDescription)")
                assertSafe(once, keepNewlines: keep)
            }
        }
    }

    @Test func randomInputsAreAlwaysSafeAndIdempotent() {
        // Deterministic pseudo-random scalars drawn heavily from the dangerous classes.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let pool: [UInt32] = [
            0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x5B, 0x7F, 0x85, 0x9B, 0x9D, 0xAD, 0x41, 0x4E2D, 0x3002,
            0xFF0C, 0x200B, 0x200D, 0x202E, 0x2066, 0x2028, 0xFE0E, 0xFE0F, 0xFEFF, 0x1F468, 0x1F469,
            0x1F3FB, 0x1F1E8, 0x1F1F3, 0x1F3F4, 0xE0067, 0xE0062, 0xE007F, 0xE0100, 0x0301, 0x2665, 0x31,
            0x20E3, 0xFFFA,
        ]
        for _ in 0..<500 {
            var s = ""
            for _ in 0..<Int(next() % 12) {
                s.unicodeScalars.append(Unicode.Scalar(pool[Int(next() % UInt64(pool.count))])!)
            }
            for keep in [false, true] {
                let once = UntrustedText.sanitize(s, keepNewlines: keep)
                assertSafe(once, keepNewlines: keep)
                #expect(UntrustedText.sanitize(once, keepNewlines: keep) == once, "\(s.debugDescription)")
            }
        }
    }
}
