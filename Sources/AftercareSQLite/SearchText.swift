/// How text is prepared for the FTS5 index, and how an agent's query becomes an FTS5 MATCH.
///
/// FTS5's `unicode61` tokenizer treats a run of Chinese characters as ONE token, so `损坏` inside
/// `产品损坏了` would never match; `trigram` misses 1–2 character words. So Chinese (and other
/// CJK scripts without spaces) is indexed one character per token, and a Chinese query becomes a
/// phrase of its characters: `损坏` → `"损 坏"`, which matches exactly the documents holding those
/// characters next to each other (Lucene's CJK analyzer and Xapian's n-gram mode do the same).
/// Words in other scripts are left to `unicode61` (case and diacritics folded).
public enum SearchText {
    /// Text as stored in the index: every CJK character stands alone between spaces.
    public static func indexForm(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendIndexForm(of: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `indexForm` into a reusable byte buffer (the import path indexes millions of messages).
    /// Works on UTF-8 directly: only multi-byte sequences can be CJK, and Swift strings are valid UTF-8.
    static func appendIndexForm(of text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var i = 0
            let n = utf8.count
            while i < n {
                let lead = utf8[i]
                if lead < 0x80 {
                    out.append(lead)
                    i += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for k in 1..<length where i + k < n { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                let cjk = Unicode.Scalar(value).map(isCJK) ?? false
                if cjk { out.append(0x20) }
                out.append(contentsOf: utf8[i..<min(n, i + length)])
                if cjk { out.append(0x20) }
                i += length
            }
        }
    }

    /// An FTS5 MATCH expression for what an agent typed, or nil when it holds nothing searchable.
    /// Every term must match (AND). The last Latin word (three letters or more) is a prefix, so results
    /// narrow as you type.
    public static func matchQuery(_ typed: String) -> String? {
        var terms: [String] = []
        var word = String.UnicodeScalarView()
        var cjkRun: [Unicode.Scalar] = []

        func flushWord() {
            if !word.isEmpty { terms.append("\"\(String(word))\""); word = String.UnicodeScalarView() }
        }
        func flushCJK() {
            if !cjkRun.isEmpty {
                terms.append("\"" + cjkRun.map { String($0) }.joined(separator: " ") + "\"")
                cjkRun = []
            }
        }
        for scalar in typed.unicodeScalars {
            if isCJK(scalar) {
                flushWord()
                cjkRun.append(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                flushCJK()
                word.append(scalar)
            } else {
                // Anything else separates terms; quotes and FTS5 operators never reach the parser.
                flushWord()
                flushCJK()
            }
        }
        // One- and two-letter prefixes match most of the index and say little: from three letters
        // on, the word being typed is a prefix.
        let endsInWord = word.count >= 3
        flushWord()
        flushCJK()
        guard !terms.isEmpty else { return nil }
        if endsInWord { terms[terms.count - 1] += "*" }
        return terms.joined(separator: " AND ")
    }

    /// Han, kana, Hangul, CJK punctuation-free letters: scripts written without spaces.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true  // Han
        case 0x3040...0x30FF, 0x31F0...0x31FF: return true  // kana
        case 0xAC00...0xD7AF: return true  // Hangul syllables
        default: return false
        }
    }
}
