/// The inbox's commands (views, bulk selection) and its keys: what Enter, q, Esc and the number
/// keys do on the list.
enum InboxCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.viewMenu, "views", footer: true),
        CommandInfo(.viewAll, "all open"),
        CommandInfo(.viewMine, "mine"),
        CommandInfo(.viewUnassigned, "unassigned"),
        CommandInfo(.viewBreached, "breached"),
        CommandInfo(.toggleSelect, "select", footer: true),
        CommandInfo(.selectAll, "select page"),
        CommandInfo(.clearSelection, "clear selection"),
    ]

    static let keyContexts = [KeyContextInfo(.inbox, "Inbox", inheritsGlobal: true)]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.inbox, "Enter", .open),
        (.inbox, "l", .open),
        (.inbox, "q", .quit),
        (.inbox, "Esc", .clearSelection),
        (.inbox, "/", .search),
        (.inbox, "v", .viewMenu),
        (.inbox, "1", .viewAll),
        (.inbox, "2", .viewMine),
        (.inbox, "3", .viewUnassigned),
        (.inbox, "4", .viewBreached),
        (.inbox, "Space", .toggleSelect),
        (.inbox, "x", .toggleSelect),
        (.inbox, "*", .selectAll),
    ]

    static func disabledReason(_ command: Command, in state: AppState) -> String? {
        switch command {
        case .open, .toggleSelect:
            return state.inbox.selectedRow == nil ? "no ticket selected" : nil
        case .viewMenu, .viewAll, .viewMine, .viewUnassigned, .viewBreached, .selectAll:
            return state.screen == .inbox ? nil : "only in the inbox"
        case .clearSelection:
            return state.inbox.bulk.isEmpty ? "nothing selected" : nil
        case .back:
            return "already at the inbox"
        default:
            return nil
        }
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if let motion = Motion(command) { return state.moveInbox(motion) }
        switch command {
        case .open:
            guard let row = state.inbox.selectedRow else { return [] }
            return state.openTicket(row.id)
        case .viewMenu:
            state.modal = .menu(.views(current: state.inbox.view))
            return []
        case .viewAll: return state.switchView(.allOpen)
        case .viewMine: return state.switchView(.mine)
        case .viewUnassigned: return state.switchView(.unassigned)
        case .viewBreached: return state.switchView(.breached)
        case .toggleSelect: return state.toggleSelection()
        case .selectAll: return state.selectLoadedRows()
        case .clearSelection: return state.clearSelection()
        default: return []
        }
    }
}
