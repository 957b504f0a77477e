import AftercareCore
import AftercareSQLite
import AftercareStore
import AftercareTemplates
import Foundation

/// Fills a canned reply for one ticket: the ticket, its customer and order, the agent, the shop.
enum ReplyDrafting {
    static func context(for detail: TicketDetail, agent: Agent, language: Language, extras: [String: String],
                        store: any DeskStore, now: Date) throws -> PlaceholderContext {
        PlaceholderContext(replyingTo: detail, agent: agent, now: now, settings: try store.refreshSettings(), language: language,
                           extras: extras)
    }

    static func render(_ template: ReplyTemplate, for detail: TicketDetail, agent: Agent, extras: [String: String],
                       store: any DeskStore, now: Date) throws -> RenderedReply {
        let context = try context(for: detail, agent: agent, language: template.language, extras: extras, store: store, now: now)
        do {
            return try template.render(with: context)
        } catch {
            throw CLIError(description: error.description, exitCode: ExitCodes.refused)
        }
    }

    /// `--set coupon.code=VIP15` pairs.
    static func extras(_ pairs: [String]) throws -> [String: String] {
        var extras: [String: String] = [:]
        for pair in pairs {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw CLIError(description: "--set wants name=value, got '\(pair)'", exitCode: ExitCodes.usage)
            }
            extras[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
        }
        return extras
    }
}
