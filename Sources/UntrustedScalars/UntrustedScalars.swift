/// Which Unicode scalars in customer text can act on a terminal or hide themselves: the one list
/// the terminal sanitiser (`TerminalKit.UntrustedText`) and every JSON writer share, so a
/// character the console shows as a mark is also the one JSON output writes as `\uXXXX`.
///
/// - controls: C0 (below U+0020), DEL (U+007F) and C1 (U+0080–U+009F, including U+009B CSI and
///   U+009D OSC);
/// - hidden: every General_Category=Cf or Default_Ignorable_Code_Point scalar (bidi controls,
///   zero-width characters, the BOM, soft hyphen, Hangul fillers, variation selectors, tags…);
/// - line and paragraph separators U+2028/U+2029 (a newline to some readers, none to others).
public enum UntrustedScalars {
    /// C0, DEL or C1.
    @inline(__always)
    public static func isControl(_ v: UInt32) -> Bool { v < 0x20 || (v >= 0x7F && v < 0xA0) }

    /// Cf or Default_Ignorable_Code_Point (ZWJ, variation selectors and tag characters included).
    @inline(__always)
    public static func isHidden(_ v: UInt32) -> Bool {
        if v < 0xAD { return false }
        if v >= 0x2070 && v < 0xFE00 && v != 0x3164 { return false }  // CJK, kana, Hangul…
        return inRanges(hiddenRanges, v)
    }

    /// Written as a `\uXXXX` escape in JSON output: a control, a hidden scalar or a line separator.
    @inline(__always)
    public static func mustEscapeInJSON(_ v: UInt32) -> Bool {
        isControl(v) || v == 0x2028 || v == 0x2029 || isHidden(v)
    }

    /// General_Category=Cf or Default_Ignorable_Code_Point (Unicode 16, generated from the Swift
    /// standard library's scalar properties), as inclusive [low, high] pairs in order.
    public static let hiddenRanges: [UInt32] = [
        0x000AD, 0x000AD, 0x0034F, 0x0034F, 0x00600, 0x00605, 0x0061C, 0x0061C,
        0x006DD, 0x006DD, 0x0070F, 0x0070F, 0x00890, 0x00891, 0x008E2, 0x008E2,
        0x0115F, 0x01160, 0x017B4, 0x017B5, 0x0180B, 0x0180F, 0x0200B, 0x0200F,
        0x0202A, 0x0202E, 0x02060, 0x0206F, 0x03164, 0x03164, 0x0FE00, 0x0FE0F,
        0x0FEFF, 0x0FEFF, 0x0FFA0, 0x0FFA0, 0x0FFF0, 0x0FFFB, 0x110BD, 0x110BD,
        0x110CD, 0x110CD, 0x13430, 0x1343F, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A,
        0xE0000, 0xE0FFF,
    ]

    /// Binary search over inclusive [low, high] pairs (also the display-width tables' lookup).
    @inlinable
    public static func inRanges(_ table: [UInt32], _ v: UInt32) -> Bool {
        table.withUnsafeBufferPointer { t in
            let n = t.count / 2
            if n == 0 || v < t[0] || v > t[2 * n - 1] { return false }
            var lo = 0
            var hi = n - 1
            while lo <= hi {
                let mid = (lo + hi) >> 1
                if v < t[2 * mid] {
                    hi = mid - 1
                } else if v > t[2 * mid + 1] {
                    lo = mid + 1
                } else {
                    return true
                }
            }
            return false
        }
    }
}
