import TerminalKit

/// The box every centred modal (help, menus, confirm, the canned-reply picker) is drawn in.
enum ModalBox {
    /// A box of at most `width`×`height` centred on a screen of `size`, leaving the title bar and
    /// the footer visible when the screen allows.
    static func rect(width: Int, height: Int, in size: Size) -> Rect {
        let screen = Rect(size: size)
        let area = screen.height > 8 ? Rect(x: 0, y: 1, width: screen.width, height: screen.height - 1 - Layout.footerRows) : screen
        return area.centered(width: min(width, area.width), height: min(height, area.height))
    }

    /// Draws the box with its border and title. Returns the inside.
    static func draw(width: Int, height: Int, title: String, theme: Theme, buffer: inout ScreenBuffer) -> Rect {
        Box.draw(rect(width: width, height: height, in: buffer.size), in: &buffer, border: theme[.modalBorder], fill: theme[.modal],
                 title: title, titleStyle: theme.style(.modalTitle, on: .modal))
    }
}
