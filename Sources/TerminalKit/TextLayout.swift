// Text layout by display width: clip, pad, wrap. Every function here takes raw customer text and
// sanitises it first (`UntrustedText.sanitize`), measures in terminal columns (`DisplayWidth`),
// and cuts only between grapheme clusters, so no result ever holds half of a wide character, a
// split emoji sequence, or a control character.

/// Horizontal alignment inside a fixed width.
public enum TextAlignment: Sendable, Equatable {
    case left, right, center
}

/// Clipping, padding and word wrapping by display width.
public enum TextLayout {
    /// The longest prefix of `s` (sanitised, on one line) whose width plus the ellipsis' fits in
    /// `toWidth`, followed by `ellipsis` when something was cut. Text that fits comes back whole.
    /// The result's width is ≤ `toWidth` (it can be one less when a wide character did not fit:
    /// `pad` fills that column with a space). When the ellipsis itself is wider than `toWidth`,
    /// the text is cut without it. A width ≤ 0 gives "".
    public static func clip(_ s: String, toWidth width: Int, ellipsis: String = "…") -> String {
        clipSanitized(UntrustedText.sanitize(s), toWidth: width, ellipsis: UntrustedText.sanitize(ellipsis))
    }

    /// `s` (sanitised, on one line) clipped with `clip` if it is too wide, then padded with spaces
    /// to exactly `toWidth` columns on the side `align` says (`.center` puts the odd space on the
    /// right). A width ≤ 0 gives "".
    public static func pad(
        _ s: String, toWidth width: Int, align: TextAlignment = .left, ellipsis: String = "…"
    ) -> String {
        padSanitized(
            UntrustedText.sanitize(s), toWidth: width, align: align, ellipsis: UntrustedText.sanitize(ellipsis))
    }

    /// Word-wraps `s` (sanitised, keeping its newlines) into lines of at most `width` columns.
    ///
    /// - Breaks English at spaces (the spaces at a break are dropped; a paragraph's leading
    ///   indentation is kept), and CJK/emoji between any two characters.
    /// - Simple kinsoku: closing punctuation (，。、！？；：）」』】》… and ASCII ,.!?;:)]}) never
    ///   starts a line and opening brackets (（「『【《“) never end one, unless a line holds
    ///   nothing else — the pair moves to the next line together instead.
    /// - Words wider than `width` are hard-broken between grapheme clusters.
    /// - Each "\n" is a line break; like `splitlines`, a final newline adds no empty line and
    ///   "" gives no lines.
    /// - A character wider than the whole width (a wide character at width 1) is shown as "…".
    /// - A width ≤ 0 gives no lines.
    ///
    /// Every returned line has display width ≤ `width`; lines are not padded.
    public static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let text = UntrustedText.sanitize(s, keepNewlines: true)
        if text.isEmpty { return [] }
        var paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.utf8.last == 0x0A { paragraphs.removeLast() }
        var lines: [String] = []
        for paragraph in paragraphs {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines
    }

    // MARK: - Internals (inputs already sanitised)

    static func clipSanitized(_ s: String, toWidth width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        if s.displayWidth <= width { return s }
        var mark = ellipsis
        var markWidth = mark.displayWidth
        if markWidth > width {
            mark = ""
            markWidth = 0
        }
        let budget = width - markWidth
        var out = ""
        var used = 0
        for c in s {
            let w = c.displayWidth
            if used + w > budget { break }
            out.append(c)
            used += w
        }
        return out + mark
    }

    static func padSanitized(_ s: String, toWidth width: Int, align: TextAlignment, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        let clipped = clipSanitized(s, toWidth: width, ellipsis: ellipsis)
        let gap = width - clipped.displayWidth
        if gap <= 0 { return clipped }
        switch align {
        case .left:
            return clipped + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + clipped
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + clipped + String(repeating: " ", count: gap - left)
        }
    }

    /// Closing punctuation that must not start a line (kinsoku shori, simplified).
    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "】", "》", "〉", "〕", "］", "｝", "〗", "〙",
        "〛", "”", "’", "…", "‥", "・", "ー", "～", "％", "．", "｡", "､", "｣", ",", ".", "!", "?", ";", ":",
        ")", "]", "}", "%", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ",
        "ッ", "ャ", "ュ", "ョ", "々", "〻",
    ]
    /// Opening punctuation that must not end a line.
    static let noLineEnd: Set<Character> = [
        "（", "「", "『", "【", "《", "〈", "〔", "［", "｛", "〖", "〘", "〚", "“", "‘", "｢", "(", "[", "{",
    ]

    private struct Unit {
        var text: String
        var clusters: [(Character, Int)]
        var width: Int
        var isSpace: Bool
    }

    private static func units(of paragraph: Substring) -> [Unit] {
        var result: [Unit] = []
        var current = Unit(text: "", clusters: [], width: 0, isSpace: false)
        func flush() {
            if !current.clusters.isEmpty { result.append(current) }
            current = Unit(text: "", clusters: [], width: 0, isSpace: false)
        }
        for c in paragraph {
            let w = c.displayWidth
            let isSpace = c == " "
            if let (prev, prevWidth) = current.clusters.last {
                let breakHere: Bool
                if isSpace != current.isSpace {
                    breakHere = true
                } else if isSpace {
                    breakHere = false
                } else if w == 0 || noLineStart.contains(c) || noLineEnd.contains(prev) {
                    breakHere = false
                } else {
                    breakHere = w == 2 || prevWidth == 2
                }
                if breakHere { flush() }
            }
            current.isSpace = isSpace
            current.text.append(c)
            current.clusters.append((c, w))
            current.width += w
        }
        flush()
        return result
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var lineHasWord = false
        var pending = ""  // spaces waiting for the next word on this line
        var pendingWidth = 0
        var firstLine = true

        func flushLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
            lineHasWord = false
            pending = ""
            pendingWidth = 0
            firstLine = false
        }

        for unit in units(of: paragraph) {
            if unit.isSpace {
                // Spaces at a wrap point are dropped; a paragraph's indentation is kept.
                if lineHasWord || firstLine {
                    pending += unit.text
                    pendingWidth += unit.width
                }
                continue
            }
            if lineWidth + pendingWidth + unit.width <= width {
                line += pending + unit.text
                lineWidth += pendingWidth + unit.width
                pending = ""
                pendingWidth = 0
                lineHasWord = true
                continue
            }
            if unit.width <= width {
                if lineHasWord { flushLine() }
                pending = ""
                pendingWidth = 0
                line = unit.text
                lineWidth = unit.width
                lineHasWord = true
                continue
            }
            // Hard-break a unit wider than the whole line, between grapheme clusters.
            if lineHasWord { flushLine() }
            pending = ""
            pendingWidth = 0
            for (c, w) in unit.clusters {
                var cluster = String(c)
                var cw = w
                if cw > width {  // only possible at width 1: a wide character cannot be drawn
                    cluster = "…"
                    cw = 1
                }
                if lineWidth + cw > width { flushLine() }
                line += cluster
                lineWidth += cw
                lineHasWord = true
            }
        }
        lines.append(line)
    }
}
