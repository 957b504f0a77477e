/// A customer message labelled with the category it belongs to: from the shipped set, or an
/// agent's correction on the desk (an agent changed a ticket's category by hand).
public struct TriageExample: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        case shipped
        case correction
    }

    public var category: TicketCategory
    public var language: Language
    public var text: String
    public var source: Source

    public init(category: TicketCategory, language: Language, text: String, source: Source = .shipped) {
        self.category = category
        self.language = language
        self.text = text
        self.source = source
    }

    /// Reads `category<TAB>language<TAB>text` lines; `#` lines and blank lines are skipped. A
    /// malformed line is an error naming its number (the shipped files are checked by a test).
    public static func parse(tsv text: String, file: String = "examples") throws -> [TriageExample] {
        var examples: [TriageExample] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let category = TicketCategory(rawValue: String(fields[0])),
                  let language = Language(rawValue: String(fields[1])), !fields[2].isEmpty else {
                throw DomainError.invalidValue(field: "\(file) line \(index + 1)", value: String(line.prefix(40)),
                                               expected: "category<TAB>zh|en<TAB>text")
            }
            examples.append(TriageExample(category: category, language: language, text: String(fields[2])))
        }
        return examples
    }

    /// The shipped set split for evaluation: every fifth example of each category (in file order)
    /// is held back from training and used to measure accuracy.
    public static func split(_ examples: [TriageExample]) -> (training: [TriageExample], heldBack: [TriageExample]) {
        var seen: [TicketCategory: Int] = [:]
        var training: [TriageExample] = []
        var heldBack: [TriageExample] = []
        for example in examples {
            let n = seen[example.category, default: 0]
            seen[example.category] = n + 1
            if n % 5 == 4 { heldBack.append(example) } else { training.append(example) }
        }
        return (training, heldBack)
    }
}
