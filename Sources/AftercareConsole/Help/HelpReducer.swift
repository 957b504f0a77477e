/// Help's part of `reduce`: scrolling by the lines `KeyMap.helpLines()` generates.
extension AppState {
    mutating func scrollHelp(_ motion: Motion) -> [Effect] {
        guard case var .help(scroll) = modal else { return [] }
        let lines = keyMap.helpLines().count
        let page = max(1, size.rows - 4)
        let maxScroll = max(0, lines - page)
        switch motion {
        case .down: scroll += 1
        case .up: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .top: scroll = 0
        case .bottom: scroll = maxScroll
        }
        modal = .help(scroll: min(max(0, scroll), maxScroll))
        return []
    }
}
