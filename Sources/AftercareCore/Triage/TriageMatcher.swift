import Foundation

/// Rules compiled for repeated use (imports classify many tickets with one rule set).
///
/// Text and keywords are folded to bytes once (ASCII and full-width letters lowercased, full-width
/// punctuation and curly apostrophes made ASCII); keywords are indexed by their first two bytes,
/// so a classification is one pass over the text plus a few comparisons.
public struct TriageMatcher: Sendable {
    struct Pattern: Sendable {
        var rule: Int
        var bytes: [UInt8]
        var wholeWordStart: Bool
        var wholeWordEnd: Bool
    }

    public let rules: TriageRules
    let patterns: [Pattern]
    /// First two bytes → indexes into `patterns`.
    let byPair: [UInt16: [Int]]
    /// One-byte keywords (rare): checked by a plain scan.
    let single: [Int]

    public init(rules: TriageRules) {
        self.rules = rules
        var patterns: [Pattern] = []
        for (index, rule) in rules.rules.enumerated() {
            for keyword in rule.keywords {
                if let pattern = TriageMatcher.pattern(keyword, rule: index) { patterns.append(pattern) }
            }
        }
        var byPair: [UInt16: [Int]] = [:]
        var single: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            if pattern.bytes.count == 1 {
                single.append(index)
            } else {
                byPair[UInt16(pattern.bytes[0]) << 8 | UInt16(pattern.bytes[1]), default: []].append(index)
            }
        }
        self.patterns = patterns
        self.byPair = byPair
        self.single = single
    }

    static func pattern(_ keyword: String, rule: Int) -> Pattern? {
        var bytes = fold(keyword.trimmingCharacters(in: .whitespaces))
        var prefix = false
        if bytes.last == UInt8(ascii: "*") {
            prefix = true
            bytes.removeLast()
        }
        guard let first = bytes.first, let last = bytes.last else { return nil }
        return Pattern(rule: rule, bytes: bytes, wholeWordStart: isWordByte(first), wholeWordEnd: !prefix && isWordByte(last))
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// UTF-8 with ASCII letters lowercased, full-width ASCII (U+FF01–FF5E) folded to ASCII,
    /// curly apostrophes to "'", the ideographic space to " ".
    static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var it = text.utf8.makeIterator()
        while let b = it.next() {
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            } else if b == 0xEF || b == 0xE2 || b == 0xE3 {
                guard let b1 = it.next() else { out.append(b); break }
                guard let b2 = it.next() else { out.append(b); out.append(b1); break }
                let scalar = (UInt32(b & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
                switch scalar {
                case 0xFF01...0xFF5E:
                    let ascii = UInt8(scalar - 0xFEE0)
                    out.append(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
                case 0x2018, 0x2019: out.append(UInt8(ascii: "'"))
                case 0x3000: out.append(UInt8(ascii: " "))
                default: out.append(b); out.append(b1); out.append(b2)
                }
            } else {
                out.append(b)
            }
        }
        return out
    }

    /// Mostly capitals: at least two words of three or more capital letters, and capitals make up
    /// at least 60 % of at least 8 ASCII letters ("WHERE IS MY ORDER", not "my DHL parcel").
    public static func isShouting(_ text: String) -> Bool {
        var upper = 0, letters = 0, run = 0, capsWords = 0
        for b in text.utf8 {
            let isUpper = b >= 0x41 && b <= 0x5A, isLower = b >= 0x61 && b <= 0x7A
            if isUpper {
                upper += 1; letters += 1; run += 1
            } else if isLower {
                letters += 1; run = -1_000   // a word with small letters is not shouting
            } else {
                if run >= 3 { capsWords += 1 }
                run = 0
            }
        }
        if run >= 3 { capsWords += 1 }
        return letters >= 8 && capsWords >= 2 && upper * 10 >= letters * 6
    }

    /// Indexes of the rules whose keywords occur in `text` (already folded), ascending.
    func matchingRules(in text: [UInt8]) -> [Int] {
        var hit = [Bool](repeating: false, count: rules.rules.count)
        text.withUnsafeBufferPointer { hay in
            let h = hay.count
            func matches(_ p: Pattern, at i: Int) -> Bool {
                let n = p.bytes.count
                guard i + n <= h else { return false }
                let equal = p.bytes.withUnsafeBufferPointer { nee -> Bool in
                    var j = 0
                    while j < n && hay[i + j] == nee[j] { j += 1 }
                    return j == n
                }
                guard equal else { return false }
                if p.wholeWordStart && i > 0 && TriageMatcher.isWordByte(hay[i - 1]) { return false }
                if p.wholeWordEnd && i + n < h && TriageMatcher.isWordByte(hay[i + n]) { return false }
                return true
            }
            if h >= 2 {
                for i in 0..<(h - 1) {
                    guard let candidates = byPair[UInt16(hay[i]) << 8 | UInt16(hay[i + 1])] else { continue }
                    for index in candidates where !hit[patterns[index].rule] && matches(patterns[index], at: i) {
                        hit[patterns[index].rule] = true
                    }
                }
            }
            for index in single where !hit[patterns[index].rule] {
                for i in 0..<h where matches(patterns[index], at: i) {
                    hit[patterns[index].rule] = true
                    break
                }
            }
        }
        return hit.indices.filter { hit[$0] }
    }

    public func classify(subject: String, body: String, tier: LoyaltyTier) -> TriageResult {
        let raw = subject + "\n" + body
        var category: TicketCategory?
        var priority = rules.defaultPriority
        var angry = false
        var matched: [String] = []
        for index in matchingRules(in: TriageMatcher.fold(raw)) {
            let rule = rules.rules[index]
            matched.append(rule.name)
            if category == nil, let suggested = rule.category { category = suggested }
            if let floor = rule.priority, floor < priority { priority = floor }
            if rule.raisesPriority { angry = true }
        }
        if rules.shoutingRaisesPriority, TriageMatcher.isShouting(raw) {
            matched.append("shouting")
            angry = true
        }
        if angry { priority = priority.raised }
        if tier >= rules.vipTier, tier != .none {
            matched.append("vip")
            priority = priority.raised
        }
        return TriageResult(category: category ?? .other, priority: priority, matchedRules: matched)
    }

    /// Compiled once for the built-in rules.
    public static let standard = TriageMatcher(rules: .standard)
}
