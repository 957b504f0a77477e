import AftercareCore

/// The labelled messages Aftercare ships for its triage classifier (see `TriageExample`): about
/// half Chinese and half English, in every category, written the ways customers write. Their
/// labelling rules are in the header of `ShippedExamples.swift`.
public enum ShippedTriageExamples {
    /// Every shipped example, in file order (the evaluation split depends on it).
    public static let all: [TriageExample] = {
        var examples: [TriageExample] = []
        for (name, text) in sources {
            // The files are checked by a test; a malformed line is a bug in this release.
            examples += (try? TriageExample.parse(tsv: text, file: name)) ?? []
        }
        return examples
    }()

    /// The texts with their names, for the test that checks every line.
    public static let sources: [(name: String, text: String)] = [
        ("ShippedExamples", core), ("ShippedMoreChineseExamples", moreChinese), ("ShippedMoreEnglishExamples", moreEnglish),
        ("ShippedThirdChineseExamples", thirdChinese), ("ShippedThirdEnglishExamples", thirdEnglish),
        ("ShippedFourthChineseExamples", fourthChinese), ("ShippedFourthEnglishExamples", fourthEnglish),
    ]

    /// Changes whenever the shipped examples change, so a desk's stored model is retrained.
    public static let digest: String = {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (_, text) in sources {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return String(hash, radix: 16)
    }()
}
