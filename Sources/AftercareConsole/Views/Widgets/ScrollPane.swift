import TerminalKit

/// A vertically scrolling list of styled lines.
enum ScrollPane {
    /// The first line shown for a requested `offset` (clamped so the pane is as full as possible),
    /// or the last page when `toEnd`.
    static func clampedOffset(_ offset: Int, lineCount: Int, height: Int, toEnd: Bool = false) -> Int {
        let maxOffset = max(0, lineCount - height)
        if toEnd { return maxOffset }
        return min(max(0, offset), maxOffset)
    }

    /// Draws `lines[offset...]` into `rect`; when the content is taller than the pane, the last
    /// column shows a scroll indicator (▲ more above, ▼ more below). Returns the offset used.
    @discardableResult
    static func draw(
        _ lines: [StyledLine], in rect: Rect, offset: Int, toEnd: Bool = false, buffer: inout ScreenBuffer,
        indicatorStyle: Style, reserveIndicator: Bool = false
    ) -> Int {
        guard !rect.isEmpty else { return 0 }
        let start = clampedOffset(offset, lineCount: lines.count, height: rect.height, toEnd: toEnd)
        let scrolls = lines.count > rect.height && rect.width > 2
        let textWidth = scrolls || reserveIndicator ? rect.width - 1 : rect.width
        for row in 0..<rect.height {
            let index = start + row
            guard index < lines.count else { break }
            buffer.draw(lines[index], x: rect.x, y: rect.y + row, width: textWidth)
        }
        if scrolls {
            let x = rect.maxX - 1
            if start > 0 { buffer.put("▲", x: x, y: rect.y, style: indicatorStyle) }
            if start + rect.height < lines.count { buffer.put("▼", x: x, y: rect.maxY - 1, style: indicatorStyle) }
        }
        return start
    }
}
