import Foundation
import Testing
@testable import AftercareInterchange

/// JSON output never carries a scalar that could act on a terminal or hide itself: C1 controls,
/// DEL, bidi and zero-width characters and line separators are written as `\uXXXX`, and read back
/// as the same text.
@Suite struct JSONEscapingTests {
    func written(_ text: String) -> String {
        var writer = JSONLineWriter()
        writer.stringValue(text)
        return writer.string
    }

    @Test func scalarsThatActOrHideAreEscaped() {
        #expect(written("\u{9B}31mred") == #""\u009b31mred""#)
        #expect(written("\u{1B}]0;title\u{07}") == #""\u001b]0;title\u0007""#)
        #expect(written("abc\u{7F}") == #""abc\u007f""#)
        #expect(written("\u{202E}gnp.exe") == #""\u202egnp.exe""#)
        #expect(written("zero\u{200B}width\u{FEFF}") == #""zero\u200bwidth\ufeff""#)
        #expect(written("line\u{2028}sep") == #""line\u2028sep""#)
        #expect(written("tag\u{E0041}") == #""tag\udb40\udc41""#)
        // Visible text is left alone: Chinese, accents, emoji (the ZWJ inside a family escaped).
        #expect(written("退款 café 😀") == "\"退款 café 😀\"")
        #expect(written("👨\u{200D}👩") == #""👨\u200d👩""#)
    }

    @Test func escapedTextReadsBackTheSame() throws {
        for text in ["\u{9B}[2J", "\u{202E}rtl\u{2066}", "a\u{200D}b", "\u{E0041}\u{E007F}", "退\u{85}款", "\u{AD}soft"] {
            let line = "{\"k\":\(written(text))}"
            #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F || $0.value > 0x2FFF && $0.value < 0xFE00 })
            let decoded = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
            #expect(decoded?["k"] == text)
        }
    }

    @Test func foundationEncoderOutputGetsTheSameEscapes() throws {
        let json = String(decoding: try JSONEncoder().encode(["subject": "\u{9B}2J \u{202E}退款"]), as: UTF8.self)
        #expect(JSONLineWriter.escapingUntrustedScalars(json) == #"{"subject":"\u009b2J \u202e退款"}"#)
        #expect(JSONLineWriter.escapingUntrustedScalars(#"{"a":"plain 退款"}"#) == #"{"a":"plain 退款"}"#)
    }
}
