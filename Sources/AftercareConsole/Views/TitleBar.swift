import AftercareCore
import TerminalKit

/// The top line: product, where you are, the agent and the clock.
enum TitleBar {
    /// `presence`: who else has the ticket open ("here: wei ✎, mei"), before the agent's name.
    static func draw(title: String, state: AppState, y: Int, width: Int, theme: Theme, buffer: inout ScreenBuffer,
                     presence: String? = nil) {
        let style = theme[.header]
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: style)
        var right = "\(state.agent.login)  \(DisplayFormat.dateTime(state.now, policy: state.slaPolicy)) "
        if let presence { right = "here: " + presence + "  " + right }
        let rightWidth = right.displayWidth
        let leftMax = width - rightWidth - 1
        if leftMax >= 12 {
            buffer.put(" Aftercare · " + title, x: 0, y: y, maxWidth: leftMax, style: style)
            buffer.put(right, x: width - rightWidth, y: y, style: style)
        } else {
            buffer.put(" Aftercare · " + title, x: 0, y: y, maxWidth: width, style: style)
        }
    }
}
