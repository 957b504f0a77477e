// The one sanitiser for untrusted (customer-supplied) text. Every output path — the command line
// now, the console's ScreenBuffer later — runs customer text through `UntrustedText.sanitize`
// before it measures, clips or draws it. Text is stored raw; this runs at draw time.
//
// What it guarantees about its result:
// - no scalar below U+0020 except "\n" (and "\n" only with `keepNewlines: true`); no tab;
// - no DEL (U+007F) and no C1 control (U+0080–U+009F, including U+009B CSI and U+009D OSC), so no
//   escape sequence of any kind (CSI, OSC 0/52 title and clipboard writes, DCS…) reaches a terminal;
// - no invisible format character: bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C),
//   zero-width characters (U+200B–200D, U+2060–2064), BOM (U+FEFF), soft hyphen (U+00AD),
//   interlinear annotation (U+FFF9–FFFB), and in general every Cf (format) or
//   Default_Ignorable_Code_Point scalar (Hangul fillers, U+034F, Mongolian selectors, unassigned
//   ignorables…) — EXCEPT inside the emoji sequences they legitimately build (below);
// - every removed scalar leaves a VISIBLE placeholder of known width where it was, so an agent can
//   see that something hidden was there;
// - it is idempotent: sanitize(sanitize(x)) == sanitize(x).
//
// Placeholders (all narrow, 1 column per character as drawn in C.UTF-8):
// - C0 controls: the Unicode control picture U+2400 + code: NUL → ␀, ESC → ␛, BEL → ␇, LF → ␊
//   (only when newlines are not kept), CR → ␍. DEL → ␡ (U+2421). Width 1.
// - C1 controls and format/ignorable characters: the code point in angle brackets, `⟨U+009B⟩`,
//   `⟨U+202E⟩`, `⟨U+E0041⟩` (U+27E8/U+27E9 brackets). Width 8 (9 for 5-digit code points); see
//   `placeholder(for:)`.
// - Tab: with `keepNewlines` (bodies) it expands to spaces up to the next multiple of `tabWidth`
//   (8) columns of its line, so pasted tables keep lining up; on one-line text (subjects, names,
//   table cells) it is a single space. Either way the width is known and no tab reaches the cell grid.
// - Newlines: with `keepNewlines` "\n", "\r\n" and U+2028/U+2029 all become "\n"; a lone "\r"
//   (which would move the cursor back over the line) is shown as ␍. Without it, "\n" is ␊,
//   "\r" is ␍ (so "\r\n" shows as ␍␊) and U+2028/2029 are bracketed placeholders.
//
// Emoji sequences (kept as they are, since they draw as one visible emoji):
// - ZWJ U+200D is kept only between two emoji: the scalar before it (after any VS16, skin-tone
//   modifier or tag sequence) belongs to an Extended_Pictographic base and the scalar right after
//   it is Extended_Pictographic — exactly the ZWJ that grapheme clustering joins (👨‍👩‍👧, 🏳️‍🌈,
//   ❤️‍🔥). A ZWJ between CJK letters, in Latin text, at the end of text, or doubled is shown as
//   ⟨U+200D⟩. (Limitation: the ZWJ/ZWNJ some Indic scripts use for conjuncts is shown too.)
// - VS15/VS16 (U+FE0E/FE0F) are kept right after a scalar with the Emoji property (♥️, 1️⃣, ✔︎);
//   VS1–VS14 (U+FE00–FE0D) and ideographic VS17–256 (U+E0100–E01EF) right after an ideograph or a
//   math symbol (standardized and ideographic variation sequences: 葛󠄀). Any other — standalone,
//   after ASCII, or a second selector in a row (the "variation selector smuggling" of hidden bytes)
//   — is shown.
// - Tag characters U+E0020–E007F are kept only as a subdivision flag: 🏴 U+1F3F4 followed by 3–7
//   tag letters/digits and CANCEL TAG U+E007F (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Any other tag run (e.g. hidden ASCII
//   "instructions" written in tags) is shown scalar by scalar.

import UntrustedScalars

/// Sanitising untrusted customer text for display.
public enum UntrustedText {
    /// Columns between tab stops when tabs are expanded (bodies, `keepNewlines: true`).
    public static let tabWidth = 8

    /// Returns `s` with every control and hidden format character replaced by a visible
    /// placeholder (see the file comment for the exact rules). Printable ASCII comes back
    /// unchanged without allocating.
    ///
    /// - Parameter keepNewlines: keep line breaks as "\n" (multi-line bodies); otherwise a line
    ///   break is shown as ␊ and the result is a single line.
    public static func sanitize(_ s: String, keepNewlines: Bool = false) -> String {
        // Fast path: printable ASCII (plus "\n" when kept) is returned as is.
        let clean: Bool? = s.utf8.withContiguousStorageIfAvailable { buf in
            for b in buf where (b &- 0x20) >= 0x5F {  // not 0x20...0x7E
                if b == 0x0A && keepNewlines { continue }
                return false
            }
            return true
        }
        if clean == true { return s }
        return sanitizeSlow(s, keepNewlines: keepNewlines)
    }

    /// Decodes raw bytes as UTF-8 — each invalid sequence (stray continuation bytes, overlong
    /// encodings such as C0 9B, surrogates, truncated sequences) becomes U+FFFD — and sanitises
    /// the result.
    public static func sanitize(_ bytes: [UInt8], keepNewlines: Bool = false) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self), keepNewlines: keepNewlines)
    }

    /// True when `sanitize(s, keepNewlines:)` would return `s` unchanged.
    public static func isClean(_ s: String, keepNewlines: Bool = false) -> Bool {
        sanitize(s, keepNewlines: keepNewlines) == s
    }

    /// The visible placeholder shown in place of `scalar` when it is removed. Its display width
    /// is `placeholder(for:).displayWidth` (1 for C0/DEL, 8 or 9 for bracketed codes).
    public static func placeholder(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "\u{2421}" }
        var hex = String(v, radix: 16, uppercase: true)
        if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
        return "\u{27E8}U+" + hex + "\u{27E9}"
    }

    // MARK: - Slow path

    private enum Kind {
        case ok, control, hidden, zwj, emojiSelector, variationSelector, tag, lineSeparator
    }

    @inline(__always)
    private static func kind(_ v: UInt32) -> Kind {
        if UntrustedScalars.isControl(v) { return .control }
        if v < 0xAD { return .ok }
        if v >= 0x2070 && v < 0xFE00 && v != 0x3164 { return .ok }  // CJK, kana, Hangul…
        switch v {
        case 0x200D: return .zwj
        case 0xFE0E, 0xFE0F: return .emojiSelector
        case 0xFE00...0xFE0D, 0xE0100...0xE01EF: return .variationSelector
        case 0xE0020...0xE007F: return .tag
        case 0x2028, 0x2029: return .lineSeparator
        default:
            return UntrustedScalars.isHidden(v) ? .hidden : .ok
        }
    }

    private static func isEmojiModifier(_ v: UInt32) -> Bool { v >= 0x1F3FB && v <= 0x1F3FF }
    private static func isTagSpecChar(_ v: UInt32) -> Bool {
        (v >= 0xE0030 && v <= 0xE0039) || (v >= 0xE0061 && v <= 0xE007A)
    }

    private static func sanitizeSlow(_ s: String, keepNewlines: Bool) -> String {
        let view = s.unicodeScalars
        var out: String? = nil  // allocated at the first change
        // Context, always about what has been OUTPUT so far (this is what makes it idempotent).
        var prevOut: UInt32 = 0x0A  // last output scalar; start of text behaves like a line start
        var emojiBase: UInt32 = 0  // last output scalar that is not an emoji extender
        var keepTagsUntil: String.UnicodeScalarView.Index? = nil  // end of a validated tag flag
        // Tab stops (bodies only): UTF-8 offset in `out` and column there.
        var colMarkOffset = 0
        var colMarkColumn = 0

        func materialise(upTo i: String.UnicodeScalarView.Index) {
            if out == nil {
                var o = String()
                o.reserveCapacity(s.utf8.count + 32)
                o.unicodeScalars.append(contentsOf: view[..<i])
                if keepNewlines, let nl = o.utf8.lastIndex(of: 0x0A) {
                    colMarkOffset = o.utf8.distance(from: o.utf8.startIndex, to: nl) + 1
                }
                out = o
            }
        }
        func emit(_ text: String, at i: String.UnicodeScalarView.Index) {
            materialise(upTo: i)
            out!.append(text)
            if let last = text.unicodeScalars.last { prevOut = last.value; emojiBase = last.value }
        }

        var i = view.startIndex
        while i < view.endIndex {
            let scalar = view[i]
            let v = scalar.value
            let next = view.index(after: i)
            var keep = true
            let k = kind(v)
            switch k {
            case .ok:
                if v == 0x1F3F4 { keepTagsUntil = validatedTagFlag(view, after: next) }
            case .control:
                if v == 0x0A && keepNewlines {
                    keep = true
                } else if v == 0x0D && keepNewlines && next < view.endIndex && view[next].value == 0x0A {
                    keep = false  // CRLF → LF: drop the CR, the LF follows
                    materialise(upTo: i)
                    i = next
                    continue
                } else if v == 0x09 {
                    keep = false
                    if keepNewlines {
                        materialise(upTo: i)
                        let o = out!
                        let mark = o.utf8.index(o.utf8.startIndex, offsetBy: colMarkOffset)
                        let column = colMarkColumn + DisplayWidth.of(o[mark...])
                        let spaces = tabWidth - column % tabWidth
                        emit(String(repeating: " ", count: spaces), at: i)
                        colMarkOffset = out!.utf8.count
                        colMarkColumn = column + spaces
                    } else {
                        emit(" ", at: i)
                    }
                } else {
                    keep = false
                    emit(placeholder(for: scalar), at: i)
                }
            case .hidden:
                keep = false
                emit(placeholder(for: scalar), at: i)
            case .lineSeparator:
                keep = false
                emit(keepNewlines ? "\n" : placeholder(for: scalar), at: i)
            case .zwj:
                let afterEmoji =
                    (prevOut == emojiBase || prevOut == 0xFE0F || isEmojiModifier(prevOut) || prevOut == 0xE007F)
                    && DisplayWidth.inTable(UnicodeTables.extendedPictographic, emojiBase)
                let beforeEmoji =
                    next < view.endIndex
                    && DisplayWidth.inTable(UnicodeTables.extendedPictographic, view[next].value)
                keep = afterEmoji && beforeEmoji && prevOut != 0x200D
            case .emojiSelector:
                keep = prevOut == emojiBase && prevOut >= 0x20 && Unicode.Scalar(prevOut)!.properties.isEmoji
            case .variationSelector:
                if prevOut == emojiBase, let p = Unicode.Scalar(prevOut) {
                    keep = p.properties.isIdeographic || p.properties.generalCategory == .mathSymbol
                } else {
                    keep = false
                }
            case .tag:
                keep = keepTagsUntil.map { i < $0 } ?? false
            }

            if keep {
                if out != nil {
                    out!.unicodeScalars.append(scalar)
                    if v == 0x0A {
                        colMarkOffset = out!.utf8.count
                        colMarkColumn = 0
                    }
                }
                prevOut = v
                let extender = v == 0xFE0F || v == 0xFE0E || v == 0x200D || isEmojiModifier(v)
                    || (v >= 0xE0020 && v <= 0xE007F) || (v >= 0xE0100 && v <= 0xE01EF)
                    || (v >= 0xFE00 && v <= 0xFE0D)
                if !extender { emojiBase = v }
            } else if k == .zwj || k == .emojiSelector || k == .variationSelector || k == .tag {
                emit(placeholder(for: scalar), at: i)
            }
            i = next
        }
        return out ?? s
    }

    /// After a 🏴 at `start`: if a valid subdivision tag sequence follows (3–7 tag letters or
    /// digits, then CANCEL TAG), the index just past the CANCEL TAG; else nil.
    private static func validatedTagFlag(
        _ view: String.UnicodeScalarView, after start: String.UnicodeScalarView.Index
    ) -> String.UnicodeScalarView.Index? {
        var j = start
        var count = 0
        while j < view.endIndex, isTagSpecChar(view[j].value) {
            count += 1
            if count > 7 { return nil }
            j = view.index(after: j)
        }
        guard count >= 3, j < view.endIndex, view[j].value == 0xE007F else { return nil }
        return view.index(after: j)
    }
}
