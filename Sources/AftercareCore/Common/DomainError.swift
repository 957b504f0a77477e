import Foundation

/// Errors from domain rules. Each reads as one line an agent understands.
public enum DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidTransition(ticketId: Int64, from: TicketStatus, to: TicketStatus)
    case unfillablePlaceholders(template: String, names: [String])
    case invalidValue(field: String, value: String, expected: String)
    /// A reply about to be sent still holds placeholder holes (see `PlaceholderHoles`).
    case placeholdersLeft(names: [String])

    public var description: String {
        switch self {
        case let .invalidTransition(id, from, to):
            let allowed = TicketLifecycle.allowedTargets(from: from).map(\.rawValue).sorted()
            let hint = allowed.isEmpty ? "\(from.rawValue) is final" : "allowed: \(allowed.joined(separator: ", "))"
            return "ticket #\(id): cannot move from \(from.rawValue) to \(to.rawValue) (\(hint))"
        case let .unfillablePlaceholders(template, names):
            return "template \(template): cannot fill \(names.joined(separator: ", ")); fill or remove them before sending"
        case let .invalidValue(field, value, expected):
            return "invalid \(field) '\(value)': expected \(expected)"
        case let .placeholdersLeft(names):
            return "the reply still has unfilled placeholders (\(names.joined(separator: ", "))); fill or remove them, nothing was sent"
        }
    }
}
