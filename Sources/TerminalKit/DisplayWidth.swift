import UntrustedScalars
// Display width: how many terminal columns a grapheme cluster occupies.
//
// Computed in Swift from generated Unicode range tables (UnicodeTables.swift), never from libc's
// wcwidth (not visible through Glibc, and locale-dependent). The rules, per grapheme cluster
// (Swift `Character`):
//
// - ASCII printable: 1. ASCII/C1 controls and DEL: 0 (they must never reach the terminal; run
//   customer text through `UntrustedText.sanitize` first, which turns them into visible placeholders).
// - Emoji clusters: 2. A cluster is an emoji when its base has Emoji_Presentation (in the wide
//   table), when it carries VS16 (U+FE0F) after an emoji-capable base (♥️, 1️⃣), a skin-tone modifier
//   (U+1F3FB–1F3FF), or regional indicators (🇨🇳). ZWJ sequences (👨‍👩‍👧) count once: 2.
// - VS15 (U+FE0E) asks for text presentation: it cancels the VS16/modifier upgrade, but an East
//   Asian Wide base (⌚︎) stays 2, as terminals draw it.
// - Otherwise the cluster is the sum of its scalars: East Asian Wide/Fullwidth = 2, nonspacing and
//   enclosing marks, format characters and Hangul medial/final jamo = 0, everything else 1
//   (spacing marks such as Devanagari vowel signs count 1, as glibc and tmux draw them).
// - East Asian Ambiguous characters (─, ①, ±) are 1, as in the C.UTF-8 locale this runs under.

/// Column widths of characters and strings as a terminal draws them.
public enum DisplayWidth {
    /// Columns the grapheme cluster `c` occupies.
    @inlinable
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue {  // also true for "\r\n"
            return (ascii >= 0x20 && ascii < 0x7F) ? 1 : 0
        }
        return clusterWidth(c.unicodeScalars)
    }

    /// Columns the string `s` occupies (the sum over its grapheme clusters).
    public static func of<S: StringProtocol>(_ s: S) -> Int {
        // Fast path: pure ASCII needs no grapheme breaking; every printable byte is one column.
        if let fast = s.utf8.withContiguousStorageIfAvailable(asciiWidth) {
            if let w = fast { return w }
        } else {
            var w = 0
            var allASCII = true
            for b in s.utf8 {
                if b >= 0x80 { allASCII = false; break }
                if b >= 0x20 && b < 0x7F { w += 1 }
            }
            if allASCII { return w }
        }
        // Second fast path: when no scalar can change its cluster's width (no zero-width scalar,
        // regional indicator or skin-tone modifier), the cluster sum equals the scalar sum and
        // grapheme breaking can be skipped. This covers plain Chinese, Japanese, Korean text.
        var total = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x300 {
                total &+= (v >= 0x20 && v < 0x7F) || v >= 0xA0 ? 1 : 0
                continue
            }
            if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7A3) {
                total &+= 2
                continue
            }
            if (v >= 0x1F1E6 && v <= 0x1F1FF) || (v >= 0x1F3FB && v <= 0x1F3FF)
                || inTable(UnicodeTables.zeroWidth, v)
            {
                return clusterSum(s)
            }
            total &+= inTable(UnicodeTables.wide, v) ? 2 : 1
        }
        return total
    }

    @usableFromInline
    static func clusterSum<S: StringProtocol>(_ s: S) -> Int {
        var total = 0
        for c in s { total &+= of(c) }
        return total
    }

    /// Width of a lone scalar outside any cluster context: 2 for wide, 0 for zero-width and
    /// controls, 1 otherwise.
    public static func of(scalar: Unicode.Scalar) -> Int {
        scalarWidth(scalar.value)
    }

    /// Width of ASCII bytes, or nil as soon as a non-ASCII byte is seen.
    @usableFromInline
    static func asciiWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var w = 0
        for b in bytes {
            if b >= 0x80 { return nil }
            // 0x20...0x7E → 1, everything else 0; branch-free add.
            w &+= (b &- 0x20) < 0x5F ? 1 : 0
        }
        return w
    }

    @usableFromInline
    static func scalarWidth(_ v: UInt32) -> Int {
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }  // DEL and C1 controls
        if v < 0x300 { return 1 }  // Latin-1 and Latin Extended: no wide or zero-width scalars
        if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7A3) { return 2 }  // CJK, Hangul
        if inTable(UnicodeTables.zeroWidth, v) { return 0 }
        if inTable(UnicodeTables.wide, v) { return 2 }
        return 1
    }

    @usableFromInline
    static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        var it = scalars.makeIterator()
        guard let first = it.next()?.value else { return 0 }
        let baseWidth = scalarWidth(first)
        var width = baseWidth
        var emoji = false
        var textPresentation = false
        var afterZWJ = false
        while let s = it.next() {
            let v = s.value
            switch v {
            case 0xFE0F:
                // VS16: emoji presentation for bases that have an emoji form.
                if baseWidth == 2 || inTable(UnicodeTables.vs16Wide, first) { emoji = true }
            case 0xFE0E:
                textPresentation = true
            case 0x1F3FB...0x1F3FF:  // skin-tone modifier after a base
                emoji = true
            case 0x1F1E6...0x1F1FF:  // second regional indicator of a flag
                emoji = true
            case 0x200D:
                afterZWJ = true
                continue
            default:
                // A scalar joined by ZWJ is drawn inside the same emoji glyph.
                if !(afterZWJ && inTable(UnicodeTables.extendedPictographic, v)) {
                    width &+= scalarWidth(v)
                }
            }
            afterZWJ = false
        }
        // VS15 (U+FE0E) only suppresses the emoji upgrade: East Asian Wide bases (⌚︎) stay 2 as
        // terminals draw them; text-default symbols (♥︎) stay 1.
        if emoji && !textPresentation { return 2 }
        return width
    }

    /// Binary search in a flat, sorted `[lo0, hi0, lo1, hi1, …]` table of inclusive ranges.
    @usableFromInline
    static func inTable(_ table: [UInt32], _ v: UInt32) -> Bool {
        UntrustedScalars.inRanges(table, v)
    }
}

extension Character {
    /// Columns this grapheme cluster occupies in a terminal (see `DisplayWidth`).
    @inlinable
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Columns this text occupies in a terminal (see `DisplayWidth`).
    @inlinable
    public var displayWidth: Int { DisplayWidth.of(self) }
}
