import AftercareCore
import AftercareStore
import AftercareTemplates
import ArgumentParser
import Foundation
import TerminalKit

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "Canned replies: list, show, render for a ticket, add or edit, remove.",
        subcommands: [List.self, Show.self, Render.self, Add.self, Edit.self, Remove.self, Placeholders.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List templates (optionally those that suit a category).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only zh or en.") var lang: Language?
        @Option(help: "Only templates that suit this ticket category.") var category: TicketCategory?

        func run() throws {
            let store = try storeOptions.open(.readOnly)
            let all = try store.templates().filter { t in
                (lang == nil || t.language == lang) && (category == nil || t.categories.contains(category!))
            }
            if output.json { try Output.json(all.map(TemplateJSON.init)); return }
            var table = TextTable(columns: [.init("NAME"), .init("LANG"), .init("SITUATION"), .init("SUITS", maxWidth: 30), .init("TITLE", flexible: true)])
            for t in all {
                table.append([t.name, t.language.rawValue, t.situation.rawValue, t.categories.map(\.rawValue).joined(separator: ","),
                              t.title + (t.isBuiltIn ? "" : "  (shop)")])
            }
            table.renderLines(width: Output.width()).forEach(Output.line)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a template in the file format `templates add` reads.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument var name: String
        @Option(help: "zh or en (default: zh).") var lang: Language = .zh

        func run() throws {
            let template = try storeOptions.open(.readOnly).template(named: name, language: lang)
            if output.json { try Output.json(TemplateJSON(template)); return }
            Output.line(UntrustedText.sanitize(TemplateFile.format(template), keepNewlines: true))
        }
    }

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill a template from a ticket and print it; unfillable placeholders are named (exit 5).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument var name: String
        @Option(help: "Ticket number.") var ticket: Int64
        @Option(help: "zh or en (default: the ticket's language).") var lang: Language?
        @Option(name: .customLong("set"), help: "Fill a placeholder by hand: name=value (repeatable).") var values: [String] = []

        func run() throws {
            let store = try storeOptions.open(.readOnly)
            let detail = try store.detail(ticket: ticket)
            let template = try store.template(named: name, language: lang ?? detail.ticket.language)
            let rendered = try ReplyDrafting.render(template, for: detail, agent: AgentIdentity.current(),
                                                    extras: try ReplyDrafting.extras(values), store: store, now: Clock.now())
            if output.json {
                struct RenderJSON: Encodable { var text: String; var missing: [String]; var sendable: Bool }
                try Output.json(RenderJSON(text: rendered.text, missing: rendered.missing, sendable: rendered.isSendable))
            } else {
                Output.line(UntrustedText.sanitize(rendered.text, keepNewlines: true))
            }
            _ = try rendered.sendableText()
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add or replace templates from files in the template file format (see README).")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "Template files.") var files: [String]

        func run() throws {
            var parsed: [ReplyTemplate] = []
            for file in files {
                let text = try InputFile.text(file)
                do {
                    let checked = try TemplateFile.check(text)
                    for warning in checked.undeclaredPlaceholders {
                        Output.error("\(file): \(warning) (it must be given with --set when replying)")
                    }
                    parsed.append(checked.template)
                } catch {
                    throw CLIError(description: "\(file): \(error.description)", exitCode: ExitCodes.badData)
                }
            }
            let store = try storeOptions.open()
            for template in parsed {
                let added = try store.saveTemplate(template, by: AgentIdentity.current(), at: Clock.now())
                Output.line("\(added ? "added" : "replaced") template \(template.name) (\(template.language.rawValue))")
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Edit a template in $VISUAL / $EDITOR; saved only if it still parses.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument var name: String
        @Option(help: "zh or en.") var lang: Language = .zh

        func run() throws {
            let store = try storeOptions.open()
            let existing = try? store.template(named: name, language: lang)
            let seed = existing.map(TemplateFile.format) ?? TemplateFile.format(ReplyTemplate(
                name: name, language: lang, situation: .general, categories: [], title: name, body: "{{customer.name}}，您好：\n\n"))
            let edited: String
            do { edited = try EditorProcess.edit(seed, suffix: ".tmpl") } catch {
                throw CLIError(description: "\(error); nothing saved")
            }
            guard edited != seed else { Output.line("unchanged"); return }
            let template: ReplyTemplate
            do { template = try TemplateFile.parse(edited) } catch {
                throw CLIError(description: "not saved: \(error.description)", exitCode: ExitCodes.badData)
            }
            try store.saveTemplate(template, by: AgentIdentity.current(), at: Clock.now())
            Output.line("saved template \(template.name) (\(template.language.rawValue))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a template (both languages unless --lang).")
        @OptionGroup var storeOptions: StoreOptions
        @Argument var name: String
        @Option var lang: Language?

        func run() throws {
            try storeOptions.open().deleteTemplate(name: name, language: lang, by: AgentIdentity.current())
            Output.line("removed template \(name)")
        }
    }

    struct Placeholders: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the placeholder names templates can use.")
        func run() throws {
            for entry in PlaceholderVocabulary.entries {
                Output.line("{{\(entry.name)}}".padding(toLength: 28, withPad: " ", startingAt: 0) + entry.summary)
            }
        }
    }
}

struct TemplateJSON: Encodable {
    var name: String, language: String, situation: String, categories: [String], title: String, body: String, builtIn: Bool
    init(_ t: ReplyTemplate) {
        name = t.name; language = t.language.rawValue; situation = t.situation.rawValue
        categories = t.categories.map(\.rawValue); title = t.title; body = t.body; builtIn = t.isBuiltIn
    }
}
