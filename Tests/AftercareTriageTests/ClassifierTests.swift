import AftercareCore
import AftercareTriageExamples
import Foundation
import Testing

/// The category classifier on the shipped examples: trained on four fifths, measured on the
/// fifth held back (every fifth example of each category).
@Suite struct ClassifierTests {
    static let split = TriageExample.split(ShippedTriageExamples.all)
    static let model = CategoryClassifier.train(split.training)

    @Test func theShippedExamplesAreWellFormedAndCoverEveryCategoryInBothLanguages() throws {
        for (name, text) in ShippedTriageExamples.sources {
            _ = try TriageExample.parse(tsv: text, file: name)
        }
        let all = ShippedTriageExamples.all
        #expect(all.count >= 400)
        for category in TicketCategory.allCases {
            for language in Language.allCases {
                #expect(all.filter { $0.category == category && $0.language == language }.count >= 30, "\(category) \(language)")
            }
        }
        #expect(Set(all.map { $0.text.lowercased() }).count == all.count, "no example twice")
    }

    @Test func heldBackAccuracyStaysWhereItWasMeasured() {
        let evaluation = TriageEvaluation(classifier: Self.model, examples: Self.split.heldBack)
        print("held back: \(evaluation.correct)/\(evaluation.total) = \(evaluation.accuracy)")
        #expect(evaluation.accuracy >= 0.88, "measured 90.5% when written")
        for category in TicketCategory.allCases {
            #expect(Double(evaluation.accuracy(of: category).correct) / Double(evaluation.accuracy(of: category).total) >= 0.75, "\(category)")
        }
    }

    @Test func aStoredModelClassifiesAsTheTrainedOne() throws {
        let restored = try #require(CategoryClassifier.deserialized(Self.model.serialized()))
        for example in Self.split.heldBack.prefix(200) {
            #expect(restored.classify(example.text)?.category == Self.model.classify(example.text)?.category)
        }
        #expect(CategoryClassifier.deserialized(Data([1, 2, 3])) == nil)
    }

    @Test func trainingIsDeterministic() {
        let again = CategoryClassifier.train(Self.split.training)
        #expect(again.serialized() == Self.model.serialized())
    }
}
