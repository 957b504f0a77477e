import AftercareCore
import AftercareTemplates
import Testing

@Suite("Template files")
struct TemplateFileTests {
    @Test(arguments: BuiltInTemplates.all)
    func builtInsRoundTrip(_ template: ReplyTemplate) throws {
        let text = TemplateFile.format(template)
        #expect(try TemplateFile.parse(text, isBuiltIn: true) == template)
        #expect(TemplateFile.format(try TemplateFile.parse(text)) == text)
    }

    @Test func oddBodiesRoundTripVerbatim() throws {
        for body in ["", "\n\nstarts blank", "no newline at end", "ends with newline\n", "has\n---\na separator line\n---\n",
                     "name: not a header\nlanguage: xx", "  indented\r\nCRLF line\r\n", "{{! note }}\n{{#coupon.code}}\n{{coupon.code}}\n{{/coupon.code}}\n"] {
            let t = ReplyTemplate(name: "odd", language: .zh, situation: .general, categories: [], title: "奇怪的正文", body: body)
            #expect(try TemplateFile.parse(TemplateFile.format(t)) == t, "\(body.debugDescription)")
        }
    }

    @Test func formatLooksLikeTheDocumentedFile() {
        let t = ReplyTemplate(name: "damaged", language: .en, situation: .damaged, categories: [.damaged, .wrongOrMissing],
                              title: "Arrived damaged", body: "Hi {{customer.first_name}},\nsorry!")
        #expect(TemplateFile.format(t) == """
            name: damaged
            language: en
            situation: damaged
            categories: damaged, wrong_or_missing
            title: Arrived damaged
            ---
            Hi {{customer.first_name}},
            sorry!
            """)
    }

    @Test func parsesAHandWrittenFile() throws {
        let text = """
            # written by Lin
            Name: thanks-gift
            language: ZH

            situation: positive-review
            categories: feedback , complaint
            ---
            谢谢{{customer.first_name}}！
            """
        let t = try TemplateFile.parse(text)
        #expect(t == ReplyTemplate(name: "thanks-gift", language: .zh, situation: .positiveReview, categories: [.feedback, .complaint],
                                   title: "thanks-gift", body: "谢谢{{customer.first_name}}！", isBuiltIn: false))
    }

    func parseError(_ text: String) -> TemplateFileError? {
        do {
            _ = try TemplateFile.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func parseErrorsNameTheLine() {
        let header = "name: x\nlanguage: en\n"
        #expect(parseError("name: x\nlang: en\n---\nbody")
            == TemplateFileError(line: 2, problem: "unknown key 'lang' (expected one of: name, language, situation, categories, title)"))
        #expect(parseError("name: x\nlanguage: fr\n---\nbody") == TemplateFileError(line: 2, problem: "language must be zh or en, not 'fr'"))
        #expect(parseError("language: en\ntitle: t\n---\nbody") == TemplateFileError(line: 3, problem: "missing 'name:' in the header"))
        #expect(parseError("name: x\n---\nbody") == TemplateFileError(line: 2, problem: "missing 'language:' (zh or en) in the header"))
        #expect(parseError(header + "name: y\n---\n")?.description == "line 3: 'name' is already set on line 1")
        #expect(parseError("name: two words\nlanguage: en\n---\n")?.line == 1)
        #expect(parseError(header + "situation: lost\n---\n")?.line == 3)
        #expect(parseError(header + "categories: damaged, broken\n---\n")?.problem.hasPrefix("unknown category 'broken'") == true)
        #expect(parseError(header + "just words\n---\n") == TemplateFileError(line: 3, problem: "expected 'key: value' or '---', found 'just words'"))
        #expect(parseError(header + "title: no separator") == TemplateFileError(line: 3, problem: "no '---' line: the header must end with a line '---' before the body"))
        #expect(parseError("") == TemplateFileError(line: 1, problem: "no '---' line: the header must end with a line '---' before the body"))
    }

    @Test func bodySyntaxErrorsUseFileLineNumbers() {
        let text = "name: x\nlanguage: en\n---\nHi {{customer.first_name}},\n{{#coupon.code}}Code {{coupon.code}}\n"
        #expect(parseError(text)
            == TemplateFileError(line: 5, problem: "column 1: {{#coupon.code}} opened on line 2 is never closed (add {{/coupon.code}})"))
        #expect(parseError("name: x\nlanguage: en\n---\n\n\nok {{order.number}\n")?.description
            == "line 6: column 4: '{{' is never closed with '}}'")
    }

    @Test func reportsUndeclaredPlaceholdersWithSuggestions() throws {
        let text = "name: x\nlanguage: en\n---\nHi {{customer.first_name}}\nOrder {{oder.number}} {{loyalty.points}}\n{{#oder.number}}{{/oder.number}}"
        let checked = try TemplateFile.check(text)
        #expect(checked.undeclaredPlaceholders == [
            UndeclaredPlaceholder(name: "oder.number", line: 5, suggestion: "order.number"),
            UndeclaredPlaceholder(name: "loyalty.points", line: 5, suggestion: nil),
        ])
        #expect(checked.undeclaredPlaceholders[0].description
            == "line 5: {{oder.number}} is not a known placeholder (did you mean {{order.number}}?); it will only be filled if passed as an extra")
        // Declared extras are fine.
        #expect(try TemplateFile.check("name: x\nlanguage: en\n---\n{{coupon.code}} {{new_date}}").undeclaredPlaceholders == [])
    }
}
