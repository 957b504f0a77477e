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
    /// The desk's ignored phrases, folded: keywords inside them never count.
    let ignored: [[UInt8]]

    public init(rules: TriageRules) {
        self.rules = rules
        ignored = rules.ignoredPhrases.map { TriageMatcher.fold($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
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

    /// Indexes of the rules whose keywords occur in `text` (already folded), ascending. A
    /// keyword inside an ignored phrase never counts; a negated one does not count for rules that
    /// decide a category or a priority.
    func matchingRules(in text: [UInt8]) -> [Int] {
        var hit = [Bool](repeating: false, count: rules.rules.count)
        let masked = ignoredMask(text)
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
                if let masked, masked[i..<(i + n)].contains(true) { return false }
                if rules.rules[p.rule].ignoresNegatedKeywords && TriageMatcher.isNegated(hay, before: i) { return false }
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

    /// Bytes covered by an ignored phrase; nil when there is none in the text.
    func ignoredMask(_ text: [UInt8]) -> [Bool]? {
        var mask: [Bool]?
        for phrase in ignored where phrase.count <= text.count {
            var i = 0
            while i + phrase.count <= text.count {
                if text[i] == phrase[0] && text[i..<(i + phrase.count)].elementsEqual(phrase) {
                    if mask == nil { mask = [Bool](repeating: false, count: text.count) }
                    for j in i..<(i + phrase.count) { mask![j] = true }
                    i += phrase.count
                } else {
                    i += 1
                }
            }
        }
        return mask
    }

    static let englishNegators: Set<String> = [
        "not", "no", "never", "without", "nothing", "isn't", "wasn't", "aren't", "weren't", "didn't", "doesn't", "don't",
        "won't", "hasn't", "haven't", "hadn't", "can't", "cannot", "couldn't", "nor",
    ]
    /// 没 不 无 未 别 非
    static let chineseNegators: Set<UInt32> = [0x6CA1, 0x4E0D, 0x65E0, 0x672A, 0x522B, 0x975E]

    /// True when the keyword at `start` follows a negation in the same clause: one of the two
    /// characters just before it (Chinese: 没有冒烟, 不急) or one of the two words before it
    /// (English: "no smoke", "did not catch fire", "not urgent").
    static func isNegated(_ hay: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        // Walk back over the text before the keyword as scalars, stopping at punctuation.
        var scalars: [UInt32] = []
        var i = start
        while i > 0 && scalars.count < 24 {
            var j = i - 1
            while j > 0 && hay[j] & 0xC0 == 0x80 { j -= 1 }
            var value: UInt32
            let lead = hay[j]
            switch lead {
            case 0..<0x80: value = UInt32(lead)
            case 0xC0..<0xE0: value = UInt32(lead & 0x1F)
            case 0xE0..<0xF0: value = UInt32(lead & 0x0F)
            default: value = UInt32(lead & 0x07)
            }
            for k in (j + 1)..<i { value = value << 6 | UInt32(hay[k] & 0x3F) }
            let isLetter = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x27 || value == 0x20
            let isHan = value >= 0x3400 && value <= 0x9FFF
            guard isLetter || isHan else { break }
            scalars.append(value)
            i = j
        }
        // Chinese: the two characters right before.
        for value in scalars.prefix(2) where chineseNegators.contains(value) { return true }
        // English: the two words right before.
        var words: [String] = []
        var current = ""
        for value in scalars {
            if value == 0x20 {
                if !current.isEmpty { words.append(String(current.reversed())); current = "" }
                if words.count == 2 { break }
            } else if value < 0x80 {
                current.append(Character(Unicode.Scalar(UInt8(value))))
            } else {
                break
            }
        }
        if !current.isEmpty && words.count < 2 { words.append(String(current.reversed())) }
        return words.contains { englishNegators.contains($0) || $0.hasSuffix("n't") }
    }

    /// Category and priority from the rules, the classifier's category (`classified`, nil when
    /// the desk has no model yet) and the customer's tier.
    ///
    /// Category: the first matching rule that names one, else `classified`, else `.other`.
    /// Priority: the rules' default, lowered to the most urgent floor of any matching rule and of
    /// the category, then one step more urgent for angry wording (any `raisesPriority` rule, or
    /// shouting) and one more for a VIP. A rule limited to some categories applies only when the
    /// classifier put the message in one of them.
    public func classify(subject: String, body: String, tier: LoyaltyTier, classified: TicketCategory?) -> TriageResult {
        let raw = subject + "\n" + body
        var category: TicketCategory?
        var priority = rules.defaultPriority
        var angry = false
        var matched: [String] = []
        for index in matchingRules(in: TriageMatcher.fold(raw)) {
            let rule = rules.rules[index]
            if let limit = rule.whenCategories, let classified, !limit.contains(classified) { continue }
            matched.append(rule.name)
            if category == nil, let suggested = rule.category { category = suggested }
            if let floor = rule.priority, floor < priority { priority = floor }
            if rule.raisesPriority { angry = true }
        }
        if category == nil, let classified {
            category = classified
            matched.append("classifier")
        }
        let final = category ?? .other
        if let floor = rules.categoryPriorities[final], floor < priority { priority = floor }
        if rules.shoutingRaisesPriority, TriageMatcher.isShouting(raw) {
            matched.append("shouting")
            angry = true
        }
        if angry { priority = priority.raised }
        if tier >= rules.vipTier, tier != .none {
            matched.append("vip")
            priority = priority.raised
        }
        return TriageResult(category: final, priority: priority, matchedRules: matched, isAngry: angry)
    }

    /// Compiled once for the built-in rules.
    public static let standard = TriageMatcher(rules: .standard)
}
