import TerminalKit

extension KeyMap {
    /// The `?` screen, generated from the bindings: a title line per context, then one line per
    /// command with all its keys ("  j Down      down"), then a blank line. The reducer scrolls by
    /// these lines; the view draws them.
    public func helpLines() -> [String] {
        var lines: [String] = []
        for context in KeyContext.allCases {
            let bindings = ownBindings(for: context)
            guard !bindings.isEmpty else { continue }
            lines.append(context.title + (context.isText ? " (other keys type text)" : ""))
            var order: [Command] = []
            var keys: [Command: [String]] = [:]
            for (key, command) in bindings {
                if keys[command] == nil { order.append(command) }
                keys[command, default: []].append(key.name)
            }
            for command in order {
                let names = keys[command]!.joined(separator: " ")
                lines.append("  " + TextLayout.pad(names, toWidth: 16) + " " + command.description)
            }
            lines.append("")
        }
        return lines
    }
}
