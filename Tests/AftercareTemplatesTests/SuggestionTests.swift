import AftercareCore
import AftercareTemplates
import Testing

@Suite("Template suggestions")
struct SuggestionTests {
    func names(_ ranked: [ReplyTemplate]) -> [String] { ranked.map { "\($0.name)/\($0.language.rawValue)" } }

    @Test func categoryMatchesComeFirstThenLanguageThenName() {
        let ranked = TemplateSuggestions.rank(BuiltInTemplates.all, for: Fixture.ticket(category: .damaged), language: .zh, query: "")
        #expect(ranked.count == BuiltInTemplates.all.count)
        #expect(Array(names(ranked).prefix(3)) == ["damaged/zh", "damaged/en", "angry-customer/zh"])
        let delayed = TemplateSuggestions.rank(BuiltInTemplates.all, for: Fixture.ticket(category: .delayed), language: .en, query: "")
        #expect(Array(names(delayed).prefix(6)) == ["delay-notice/en", "delayed/en", "not-arrived/en", "delay-notice/zh", "delayed/zh", "not-arrived/zh"])
    }

    @Test func filtersByNameTitleSituationAndCategoryInBothLanguages() {
        let ticket = Fixture.ticket(category: .other)
        #expect(names(TemplateSuggestions.rank(BuiltInTemplates.all, for: ticket, language: .en, query: "REFUND issued"))
            == ["refund-issued/en", "refund-issued/zh"])
        #expect(names(TemplateSuggestions.rank(BuiltInTemplates.all, for: ticket, language: .zh, query: "损坏"))
            == ["damaged/zh", "damaged/en"])
        // "check in" matches the raw value check_in and the name check-in alike.
        #expect(names(TemplateSuggestions.rank(BuiltInTemplates.all, for: ticket, language: .en, query: "check-in")).first == "check-in/en")
        // Chinese category label: 错发/漏发 (wrong_or_missing).
        #expect(names(TemplateSuggestions.rank(BuiltInTemplates.all, for: ticket, language: .zh, query: "漏发")) == ["wrong-or-missing/zh", "wrong-or-missing/en"])
        #expect(TemplateSuggestions.rank(BuiltInTemplates.all, for: ticket, language: .en, query: "no such thing").isEmpty)
    }

    @Test func tiesKeepInputOrder() {
        let a = ReplyTemplate(name: "same", language: .en, situation: .general, categories: [], title: "first", body: "")
        let b = ReplyTemplate(name: "same", language: .en, situation: .general, categories: [], title: "second", body: "")
        let c = ReplyTemplate(name: "alpha", language: .en, situation: .general, categories: [.usage], title: "third", body: "")
        let ranked = TemplateSuggestions.rank([a, b, c], for: Fixture.ticket(category: .damaged), language: .en, query: "")
        #expect(ranked.map(\.title) == ["third", "first", "second"])
        let usage = TemplateSuggestions.rank([b, a, c], for: Fixture.ticket(category: .usage), language: .en, query: "")
        #expect(usage.map(\.title) == ["third", "second", "first"])
    }
}
