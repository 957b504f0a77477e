/// The ticket screen's commands (panes, stepping to the next ticket) and the keys of its two
/// panes: the thread, and the customer's history where Enter opens a past ticket; back (q, Esc,
/// h) returns to the inbox.
enum TicketCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.nextPane, "next pane", footer: true),
        CommandInfo(.nextTicket, "next ticket"),
        CommandInfo(.previousTicket, "previous ticket"),
    ]

    static let keyContexts = [
        KeyContextInfo(.thread, "Ticket thread", inheritsGlobal: true),
        KeyContextInfo(.history, "Customer history", inheritsGlobal: true),
    ]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, "Tab", .nextPane),
        (.thread, "q", .back),
        (.thread, "Esc", .back),
        (.thread, "h", .back),
        (.thread, "J", .nextTicket),
        (.thread, "K", .previousTicket),
        (.history, "q", .back),
        (.history, "Esc", .back),
        (.history, "Enter", .open),
        (.history, "J", .nextTicket),
        (.history, "K", .previousTicket),
    ]

    static func disabledReason(_ command: Command, in state: AppState) -> String? {
        switch command {
        case .open:
            let others = state.ticket?.detail?.otherTickets ?? []
            return state.keyContext == .history && others.isEmpty ? "no other tickets" : nil
        // Tab is bound everywhere you browse (and hinted in the inbox's footer): say why it waits.
        case .nextPane, .nextTicket, .previousTicket:
            return state.isTicketOpen ? nil : "open a ticket first"
        default:
            return nil
        }
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if let motion = Motion(command) {
            return state.keyContext == .history ? state.moveInHistory(motion) : state.scrollThread(motion)
        }
        switch command {
        case .open:
            return state.keyContext == .history ? state.openHistoryTicket() : []
        case .back: return state.leaveTicket()
        case .nextPane: return state.switchPane()
        case .nextTicket: return state.stepTicket(by: 1)
        case .previousTicket: return state.stepTicket(by: -1)
        default: return []
        }
    }
}
