// The themes shipped in Themes/*.toml, compiled in so the console works without that directory.
// The text is identical to the files (ThemeFileTests checks they parse to equal themes).

/// The themes shipped in `Themes/`, compiled in.
public enum BuiltInThemes {
    /// Names of the built-in themes.
    public static let names = ["default", "light", "high-contrast", "mono"]

    /// The TOML text of a built-in theme (identical to `Themes/<name>.toml`).
    public static func source(named name: String) -> String? {
        switch name {
        case "default": defaultTOML
        case "light": lightTOML
        case "high-contrast": highContrastTOML
        case "mono": monoTOML
        default: nil
        }
    }

    /// A built-in theme by name.
    public static func theme(named name: String) -> Theme? {
        guard let text = source(named: name) else { return nil }
        return try? Theme.parse(text, file: "<built-in \(name)>", inheritingFrom: nil)
    }

    /// The default theme (256 colours, dark background).
    public static let `default`: Theme = theme(named: "default")!
    /// Attributes only; also the source of the no-colour fallback attributes.
    public static let mono: Theme = theme(named: "mono")!

    static let defaultTOML = #"""
# Aftercare theme "default". Dark background, 256 colours.
# Roles are documented in Themes/README.md. Colours: 0-255 (xterm palette) or a name
# (black, red, green, yellow, blue, magenta, cyan, white, bright_black … bright_white, default).
# Attributes: bold, dim, underline, reverse (true/false).

name = "default"

# ordinary text
[roles.normal]
fg = "default"

# secondary text: ages, dates, counts
[roles.dim]
fg = 245

# field names in headers and the history pane
[roles.label]
fg = 110

# title bar and column headers
[roles.header]
fg = 231
bg = 24
bold = true

# key-hint line
[roles.footer]
fg = 250
bg = 236

# a key name in the footer and help
[roles.key_hint]
fg = 222
bg = 236
bold = true

# status bar: counts per view, current view, search
[roles.status_info]
fg = 253
bg = 238

# status-bar error or refusal
[roles.status_error]
fg = 231
bg = 124
bold = true

# row under the cursor
[roles.selected]
fg = 16
bg = 153

# row picked for a bulk action
[roles.marked]
fg = 229
bg = 58
bold = true

# SLA clock past due (LATE 2h10m)
[roles.sla_breached]
fg = 196
bold = true

# SLA clock due soon
[roles.sla_near]
fg = 214
bold = true

# SLA clock with time to spare
[roles.sla_ok]
fg = 71

# SLA clock paused (pending / on hold)
[roles.sla_paused]
fg = 110
underline = true

# urgent priority
[roles.priority_urgent]
fg = 196
bold = true

# high priority
[roles.priority_high]
fg = 208

# VIP customer (gold/platinum) and the ★ mark
[roles.vip]
fg = 220
bold = true

# message from the customer
[roles.inbound]
fg = 117
bold = true

# reply sent to the customer
[roles.outbound]
fg = 114
bold = true

# internal note (never sent)
[roles.note]
fg = 223
bg = 236

# unfillable template placeholder: sending refused until filled
[roles.placeholder]
fg = 16
bg = 214
bold = true

# inside of a modal box
[roles.modal]
fg = 252
bg = 235

# modal box border
[roles.modal_border]
fg = 75
bg = 235

# modal box title
[roles.modal_title]
fg = 231
bg = 235
bold = true

# text matching the search or picker query
[roles.search_match]
fg = 16
bg = 226

# pane borders and separators
[roles.border]
fg = 240

# border and title of the focused pane
[roles.border_focused]
fg = 75
bold = true

# compose cursor cell
[roles.cursor]
reverse = true

"""#

    static let lightTOML = #"""
# Aftercare theme "light". Light background, 256 colours.
# Roles are documented in Themes/README.md. Colours: 0-255 (xterm palette) or a name
# (black, red, green, yellow, blue, magenta, cyan, white, bright_black … bright_white, default).
# Attributes: bold, dim, underline, reverse (true/false).

name = "light"

# ordinary text
[roles.normal]
fg = "default"

# secondary text: ages, dates, counts
[roles.dim]
fg = 243

# field names in headers and the history pane
[roles.label]
fg = 25

# title bar and column headers
[roles.header]
fg = 231
bg = 25
bold = true

# key-hint line
[roles.footer]
fg = 236
bg = 254

# a key name in the footer and help
[roles.key_hint]
fg = 25
bg = 254
bold = true

# status bar: counts per view, current view, search
[roles.status_info]
fg = 235
bg = 252

# status-bar error or refusal
[roles.status_error]
fg = 231
bg = 160
bold = true

# row under the cursor
[roles.selected]
fg = 16
bg = 189

# row picked for a bulk action
[roles.marked]
fg = 16
bg = 229
bold = true

# SLA clock past due (LATE 2h10m)
[roles.sla_breached]
fg = 160
bold = true

# SLA clock due soon
[roles.sla_near]
fg = 130
bold = true

# SLA clock with time to spare
[roles.sla_ok]
fg = 28

# SLA clock paused (pending / on hold)
[roles.sla_paused]
fg = 61
underline = true

# urgent priority
[roles.priority_urgent]
fg = 160
bold = true

# high priority
[roles.priority_high]
fg = 166

# VIP customer (gold/platinum) and the ★ mark
[roles.vip]
fg = 136
bold = true

# message from the customer
[roles.inbound]
fg = 25
bold = true

# reply sent to the customer
[roles.outbound]
fg = 28
bold = true

# internal note (never sent)
[roles.note]
fg = 94
bg = 230

# unfillable template placeholder: sending refused until filled
[roles.placeholder]
fg = 231
bg = 166
bold = true

# inside of a modal box
[roles.modal]
fg = 235
bg = 255

# modal box border
[roles.modal_border]
fg = 25
bg = 255

# modal box title
[roles.modal_title]
fg = 16
bg = 255
bold = true

# text matching the search or picker query
[roles.search_match]
fg = 16
bg = 227

# pane borders and separators
[roles.border]
fg = 249

# border and title of the focused pane
[roles.border_focused]
fg = 25
bold = true

# compose cursor cell
[roles.cursor]
reverse = true

"""#

    static let highContrastTOML = #"""
# Aftercare theme "high-contrast". Maximum contrast: black and white with the bright ANSI colours only (works in 16 colours).
# Roles are documented in Themes/README.md. Colours: 0-255 (xterm palette) or a name
# (black, red, green, yellow, blue, magenta, cyan, white, bright_black … bright_white, default).
# Attributes: bold, dim, underline, reverse (true/false).

name = "high-contrast"

# ordinary text
[roles.normal]
fg = "bright_white"

# secondary text: ages, dates, counts
[roles.dim]
fg = "white"

# field names in headers and the history pane
[roles.label]
fg = "bright_cyan"
bold = true

# title bar and column headers
[roles.header]
fg = "black"
bg = "bright_white"
bold = true

# key-hint line
[roles.footer]
fg = "bright_white"
bg = "black"

# a key name in the footer and help
[roles.key_hint]
fg = "bright_yellow"
bg = "black"
bold = true
underline = true

# status bar: counts per view, current view, search
[roles.status_info]
fg = "black"
bg = "bright_cyan"

# status-bar error or refusal
[roles.status_error]
fg = "bright_white"
bg = "red"
bold = true

# row under the cursor
[roles.selected]
fg = "black"
bg = "bright_yellow"
bold = true

# row picked for a bulk action
[roles.marked]
fg = "black"
bg = "bright_green"
bold = true

# SLA clock past due (LATE 2h10m)
[roles.sla_breached]
fg = "bright_white"
bg = "red"
bold = true

# SLA clock due soon
[roles.sla_near]
fg = "bright_yellow"
bold = true
underline = true

# SLA clock with time to spare
[roles.sla_ok]
fg = "bright_green"

# SLA clock paused (pending / on hold)
[roles.sla_paused]
fg = "bright_cyan"
underline = true

# urgent priority
[roles.priority_urgent]
fg = "bright_red"
bold = true
underline = true

# high priority
[roles.priority_high]
fg = "bright_yellow"
bold = true

# VIP customer (gold/platinum) and the ★ mark
[roles.vip]
fg = "bright_magenta"
bold = true

# message from the customer
[roles.inbound]
fg = "bright_cyan"
bold = true

# reply sent to the customer
[roles.outbound]
fg = "bright_green"
bold = true

# internal note (never sent)
[roles.note]
fg = "bright_yellow"
underline = true

# unfillable template placeholder: sending refused until filled
[roles.placeholder]
fg = "black"
bg = "bright_magenta"
bold = true

# inside of a modal box
[roles.modal]
fg = "bright_white"
bg = "black"

# modal box border
[roles.modal_border]
fg = "bright_white"
bg = "black"
bold = true

# modal box title
[roles.modal_title]
fg = "bright_yellow"
bg = "black"
bold = true

# text matching the search or picker query
[roles.search_match]
fg = "black"
bg = "bright_cyan"
bold = true

# pane borders and separators
[roles.border]
fg = "white"

# border and title of the focused pane
[roles.border_focused]
fg = "bright_yellow"
bold = true

# compose cursor cell
[roles.cursor]
reverse = true

"""#

    static let monoTOML = #"""
# Aftercare theme "mono". No colour: bold, underline, reverse and dim only. Also what every theme falls back to under NO_COLOR.
# Roles are documented in Themes/README.md. Colours: 0-255 (xterm palette) or a name
# (black, red, green, yellow, blue, magenta, cyan, white, bright_black … bright_white, default).
# Attributes: bold, dim, underline, reverse (true/false).

name = "mono"

# ordinary text
[roles.normal]

# secondary text: ages, dates, counts
[roles.dim]
dim = true

# field names in headers and the history pane
[roles.label]
bold = true

# title bar and column headers
[roles.header]
bold = true
reverse = true

# key-hint line
[roles.footer]
reverse = true

# a key name in the footer and help
[roles.key_hint]
bold = true
reverse = true

# status bar: counts per view, current view, search
[roles.status_info]
reverse = true

# status-bar error or refusal
[roles.status_error]
bold = true
underline = true

# row under the cursor
[roles.selected]
reverse = true

# row picked for a bulk action
[roles.marked]
bold = true
underline = true

# SLA clock past due (LATE 2h10m)
[roles.sla_breached]
bold = true
reverse = true

# SLA clock due soon
[roles.sla_near]
bold = true
underline = true

# SLA clock with time to spare
[roles.sla_ok]

# SLA clock paused (pending / on hold)
[roles.sla_paused]
dim = true
underline = true

# urgent priority
[roles.priority_urgent]
bold = true
underline = true

# high priority
[roles.priority_high]
bold = true

# VIP customer (gold/platinum) and the ★ mark
[roles.vip]
bold = true

# message from the customer
[roles.inbound]
bold = true

# reply sent to the customer
[roles.outbound]
bold = true
underline = true

# internal note (never sent)
[roles.note]
dim = true

# unfillable template placeholder: sending refused until filled
[roles.placeholder]
bold = true
underline = true
reverse = true

# inside of a modal box
[roles.modal]

# modal box border
[roles.modal_border]
bold = true

# modal box title
[roles.modal_title]
bold = true
reverse = true

# text matching the search or picker query
[roles.search_match]
bold = true
underline = true

# pane borders and separators
[roles.border]
dim = true

# border and title of the focused pane
[roles.border_focused]
bold = true

# compose cursor cell
[roles.cursor]
reverse = true

"""#
}
