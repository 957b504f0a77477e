/// How well a classifier files held-back examples: overall, per category and per language, and
/// which categories it confuses (the confusion table: rows the true category, columns the guess).
public struct TriageEvaluation: Sendable, Hashable {
    public var total: Int
    public var correct: Int
    /// `confusion[truth][guess]` counts.
    public var confusion: [TicketCategory: [TicketCategory: Int]]
    public var byLanguage: [Language: (correct: Int, total: Int)] {
        get { languageCounts.mapValues { ($0[0], $0[1]) } }
        set { languageCounts = newValue.mapValues { [$0.correct, $0.total] } }
    }

    private var languageCounts: [Language: [Int]]

    public init(classifier: CategoryClassifier, examples: [TriageExample]) {
        total = 0
        correct = 0
        confusion = [:]
        languageCounts = [:]
        for example in examples {
            let guess = classifier.classify(example.text)?.category ?? .other
            total += 1
            confusion[example.category, default: [:]][guess, default: 0] += 1
            var counts = languageCounts[example.language] ?? [0, 0]
            counts[1] += 1
            if guess == example.category {
                correct += 1
                counts[0] += 1
            }
            languageCounts[example.language] = counts
        }
    }

    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    /// Of the examples that truly are `category`, the share filed there (recall).
    public func accuracy(of category: TicketCategory) -> (correct: Int, total: Int) {
        let row = confusion[category] ?? [:]
        return (row[category] ?? 0, row.values.reduce(0, +))
    }

    /// The most frequent mistakes, largest first.
    public var mistakes: [(truth: TicketCategory, guess: TicketCategory, count: Int)] {
        var list: [(TicketCategory, TicketCategory, Int)] = []
        for (truth, row) in confusion {
            for (guess, count) in row where guess != truth { list.append((truth, guess, count)) }
        }
        return list.sorted { ($0.2, $1.0.rawValue, $1.1.rawValue) > ($1.2, $0.0.rawValue, $0.1.rawValue) }.map { ($0.0, $0.1, $0.2) }
    }

    public static func == (lhs: TriageEvaluation, rhs: TriageEvaluation) -> Bool {
        lhs.total == rhs.total && lhs.correct == rhs.correct && lhs.confusion == rhs.confusion && lhs.languageCounts == rhs.languageCounts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        hasher.combine(correct)
    }
}
