/// Assigning, setting status, priority and category, and undoing: on the open ticket, else the
/// bulk selection, else the highlighted row. Keys work everywhere you browse.
enum TicketActionCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.assignToMe, "assign to me", footer: true),
        CommandInfo(.statusMenu, "status", footer: true),
        CommandInfo(.priorityMenu, "priority", footer: true),
        CommandInfo(.categoryMenu, "category"),
        CommandInfo(.undo, "undo", footer: true),
    ]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, "u", .undo),
        (.global, "a", .assignToMe),
        (.global, "s", .statusMenu),
        (.global, "p", .priorityMenu),
        (.global, "C", .categoryMenu),
    ]

    static func disabledReason(_ command: Command, in state: AppState) -> String? {
        switch command {
        case .assignToMe, .statusMenu, .priorityMenu, .categoryMenu:
            let hasTarget = state.isTicketOpen || state.inbox.selectedRow != nil || !state.inbox.bulk.isEmpty
            return hasTarget ? nil : "no ticket selected"
        case .undo:
            return state.lastChange == nil ? "nothing to undo" : nil
        default:
            return nil
        }
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        switch command {
        case .assignToMe:
            return state.applyToTargets([.assign(state.agent.login)], label: "assigned to \(state.agent.login)")
        case .statusMenu:
            state.modal = .menu(.status(current: state.actionTargets().first?.ticket?.status))
            return []
        case .priorityMenu:
            state.modal = .menu(.priority(current: state.actionTargets().first?.ticket?.priority))
            return []
        case .categoryMenu:
            state.modal = .menu(.category(current: state.actionTargets().first?.ticket?.category))
            return []
        case .undo:
            return state.undo()
        default:
            return []
        }
    }
}
