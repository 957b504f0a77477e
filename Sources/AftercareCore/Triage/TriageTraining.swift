import Foundation

/// What a desk's classifier learns from besides its own corrections: the shipped examples, and a
/// digest that changes when they do (so a stored model knows it is out of date).
public struct TriageTraining: Sendable {
    /// Read only when a model is trained (parsing thousands of lines is not free on every start).
    public var examples: @Sendable () -> [TriageExample]
    public var digest: String

    public init(digest: String, examples: @escaping @Sendable () -> [TriageExample]) {
        self.examples = examples
        self.digest = digest
    }

    /// No shipped examples: the classifier learns from the desk's corrections alone.
    public static let none = TriageTraining(digest: "none", examples: { [] })
}

/// An agent's correction of a ticket's category: the customer's words and the category the
/// agent chose, kept as a labelled example for the next training.
public struct TriageCorrection: Sendable, Hashable, Codable {
    public var id: Int64
    public var ticketId: Int64
    public var language: Language
    public var text: String
    public var category: TicketCategory
    public var agent: String
    public var at: Date

    public init(id: Int64, ticketId: Int64, language: Language, text: String, category: TicketCategory, agent: String, at: Date) {
        self.id = id
        self.ticketId = ticketId
        self.language = language
        self.text = text
        self.category = category
        self.agent = agent
        self.at = at
    }

    public var example: TriageExample { TriageExample(category: category, language: language, text: text, source: .correction) }
}

/// Where a desk's stored triage model stands.
public struct TriageModelStatus: Sendable, Hashable, Codable {
    /// Nil before the first training.
    public var trainedAt: Date?
    public var trainedBy: String?
    /// Examples the stored model learnt from (shipped + corrections).
    public var examples: Int
    /// Agents' corrections recorded so far, and how many the stored model has not learnt yet.
    public var corrections: Int
    public var correctionsWaiting: Int
    /// False when the shipped examples changed since the model was trained (a new release).
    public var shippedExamplesCurrent: Bool

    public init(trainedAt: Date?, trainedBy: String?, examples: Int, corrections: Int, correctionsWaiting: Int, shippedExamplesCurrent: Bool) {
        self.trainedAt = trainedAt
        self.trainedBy = trainedBy
        self.examples = examples
        self.corrections = corrections
        self.correctionsWaiting = correctionsWaiting
        self.shippedExamplesCurrent = shippedExamplesCurrent
    }

    /// A retraining would teach the model something.
    public var isStale: Bool { trainedAt == nil || correctionsWaiting > 0 || !shippedExamplesCurrent }
}
