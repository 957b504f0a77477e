import AftercareCore
import AftercareStore
import AftercareTriageExamples
import ArgumentParser
import Foundation

/// `aftercare triage evaluate`: the classifier trained as the desk trains it (four fifths of the
/// shipped examples, plus the desk's corrections when there is a store), measured on the fifth it
/// never saw.
struct TriageEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Measure the classifier on the held-back fifth of the shipped examples.",
        discussion: """
            Every fifth example of each category is held back; the model learns from the rest (and, with a store, \
            from the desk's corrections) and is measured on what it never saw: overall, per language, per category, \
            and the confusion table.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let split = TriageExample.split(ShippedTriageExamples.all)
        var corrections: [TriageCorrection] = []
        if FileManager.default.fileExists(atPath: storeOptions.path) {
            corrections = try storeOptions.open(.readOnly).triageCorrections(after: 0, limit: 1_000_000)
        }
        let started = DispatchTime.now()
        let model = CategoryClassifier.train(split.training + corrections.map(\.example))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let result = TriageEvaluation(classifier: model, examples: split.heldBack)
        if output.json {
            try Output.json(EvaluationJSON(result, trainedOn: split.training.count, corrections: corrections.count))
            return
        }
        for line in Self.lines(result, trainedOn: split.training.count, corrections: corrections.count, seconds: seconds) {
            Output.line(line)
        }
    }

    static func lines(_ e: TriageEvaluation, trainedOn: Int, corrections: Int, seconds: Double) -> [String] {
        var out: [String] = []
        out.append("trained on \(trainedOn) shipped examples" + (corrections > 0 ? " + \(corrections) corrections" : "")
                   + " in " + String(format: "%.1f", seconds) + " s; held back \(e.total)")
        out.append("accuracy " + percent(e.correct, e.total) + " (\(e.correct)/\(e.total))  ·  "
                   + Language.allCases.compactMap { language in
                       e.byLanguage[language].map { "\(language.rawValue) " + percent($0.correct, $0.total) }
                   }.joined(separator: "  ·  "))
        out.append("")
        let categories = TicketCategory.allCases
        let short = categories.map { String($0.rawValue.prefix(6)) }
        out.append(pad("true \\ guessed", 18) + short.map { pad($0, 7) }.joined() + " correct")
        for truth in categories {
            let row = e.confusion[truth] ?? [:]
            let (right, total) = e.accuracy(of: truth)
            out.append(pad(truth.rawValue, 18) + categories.map { pad(row[$0].map(String.init) ?? "·", 7) }.joined()
                       + " " + percent(right, total))
        }
        let mistakes = e.mistakes.prefix(5).map { "\($0.truth.rawValue) → \($0.guess.rawValue) \($0.count)" }
        if !mistakes.isEmpty {
            out.append("")
            out.append("most confused: " + mistakes.joined(separator: ", "))
        }
        return out
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f%%", Double(part) * 100 / Double(whole))
    }

    static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
}

struct EvaluationJSON: Encodable {
    var trainedOn: Int
    var corrections: Int
    var heldBack: Int
    var correct: Int
    var accuracy: Double
    var byLanguage: [String: Double]
    var byCategory: [String: Double]
    /// `confusion[truth][guess]`.
    var confusion: [String: [String: Int]]

    init(_ e: TriageEvaluation, trainedOn: Int, corrections: Int) {
        self.trainedOn = trainedOn
        self.corrections = corrections
        heldBack = e.total
        correct = e.correct
        accuracy = e.accuracy
        byLanguage = Dictionary(uniqueKeysWithValues: e.byLanguage.map { ($0.key.rawValue, Double($0.value.correct) / Double(max(1, $0.value.total))) })
        byCategory = Dictionary(uniqueKeysWithValues: TicketCategory.allCases.map {
            let (right, total) = e.accuracy(of: $0)
            return ($0.rawValue, Double(right) / Double(max(1, total)))
        })
        confusion = Dictionary(uniqueKeysWithValues: e.confusion.map { truth, row in
            (truth.rawValue, Dictionary(uniqueKeysWithValues: row.map { ($0.key.rawValue, $0.value) }))
        })
    }
}
