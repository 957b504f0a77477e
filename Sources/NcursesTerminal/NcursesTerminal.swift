import CNcursesw
import Foundation
import TerminalKit

/// The real terminal: `TerminalBackend` over ncursesw's wide-character API.
///
/// Start-up checks the terminal first (`TerminalRequirements.check`), so an unusable terminal is
/// a thrown error with one clear line and the terminal is never touched. Input is read on the
/// calling thread: `nextEvent` polls stdin next to a self-pipe that SIGINT/SIGTERM/SIGHUP/SIGWINCH
/// write to, so a signal is turned into a resize event or a shutdown request on that thread, never
/// an `exit()` inside a signal handler.
public final class NcursesTerminal: TerminalBackend {
    public private(set) var size: Size
    public let colorDepth: ColorDepth
    /// The first termination signal received (SIGINT, SIGTERM, SIGHUP), or a hangup seen on
    /// stdin (reported as SIGHUP). The executable exits with 128 + this after shutting down.
    public private(set) var terminationSignal: Int32?
    /// Called (on the thread that calls `nextEvent`) when a termination signal arrives or the
    /// terminal hangs up; the console should save what it must and stop.
    public var onTermination: ((Int32) -> Void)?

    private var screen: OpaquePointer?
    private var previous: ScreenBuffer?
    private var isSuspended = false
    private var isShutDown = false
    private var cursor: (x: Int, y: Int)?
    private var cursorShown: Bool?
    private let signalPipe: (read: Int32, write: Int32)
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private let maxPairs: Int32
    private var pendingEvents: [InputEvent] = []
    private var idleReadableCount = 0

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Checks the terminal, installs the signal handlers, and starts ncurses (`newterm`, raw,
    /// no echo, keypad, nonl, 25 ms ESC delay, colours unless `noColor`).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, noColor: Bool = false) throws {
        try TerminalRequirements.check(environment: environment)

        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TerminalRequirementError.notATerminal }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        signalPipe = (fds[0], fds[1])
        // Before newterm: ncurses installs its own SIGINT/SIGTERM/SIGWINCH handlers only where
        // the default is still in place, and its SIGINT handler would exit without our cleanup.
        for signal in Self.caughtSignals { _ = aftercare_catch_signal(signal, signalPipe.write) }
        // A blocked mask is inherited across exec (a parent that spawned us from a thread pool
        // worker, e.g. a test runner or a tmux server started from one): unblock what we catch.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in Self.caughtSignals { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)

        let term = environment["TERM"] ?? ""
        Self.armCrashRestore(term: term)
        guard let screen = term.withCString({ newterm($0, aftercare_stdout(), aftercare_stdin()) }) else {
            aftercare_disarm_crash_restore()
            for signal in Self.caughtSignals { _ = aftercare_default_signal(signal) }
            close(fds[0]); close(fds[1])
            throw TerminalRequirementError.unknownTerm(term)
        }
        self.screen = screen
        _ = set_term(screen)
        raw()
        noecho()
        nonl()
        _ = keypad(aftercare_stdscr(), true)
        _ = set_escdelay(25)
        _ = intrflush(aftercare_stdscr(), false)
        _ = leaveok(aftercare_stdscr(), false)
        _ = scrollok(aftercare_stdscr(), false)

        var depth = ColorDepth.none
        if !noColor, has_colors() {
            _ = start_color()
            _ = use_default_colors()
            let colors = aftercare_colors()
            depth = colors >= 256 ? .xterm256 : colors >= 8 ? .ansi8 : .none
        }
        colorDepth = depth
        maxPairs = depth == .none ? 0 : Int32(max(0, aftercare_color_pairs() - 1))
        size = Size(columns: Int(aftercare_cols()), rows: Int(aftercare_lines()))
        _ = curs_set(0)
        cursorShown = false
        _ = werase(aftercare_stdscr())
        _ = wnoutrefresh(aftercare_stdscr())
        _ = doupdate()
    }

    deinit { shutdown() }

    static let caughtSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

    /// Where the text cursor is shown after the next `present` (the compose editor's caret), or
    /// nil to hide it.
    public func setCursor(x: Int, y: Int) { cursor = (x, y) }
    public func hideCursor() { cursor = nil }

    // MARK: Output

    public func present(_ frame: ScreenBuffer) {
        guard screen != nil, !isSuspended, !isShutDown else { return }
        let window = aftercare_stdscr()
        let rows = min(frame.size.rows, Int(aftercare_lines()))
        let columns = min(frame.size.columns, Int(aftercare_cols()))
        let old = previous.flatMap { $0.size == frame.size ? $0 : nil }
        if old == nil { _ = werase(window) }
        for y in frame.changedRows(since: old) where y < rows {
            var x = 0
            while x < columns {
                let cell = frame[x, y]
                if cell.isContinuation { x += 1; continue }
                if let old, old[x, y] == cell, cell.width != 2 || old[x + 1, y] == frame[x + 1, y] {
                    x += max(1, cell.width)
                    continue
                }
                draw(cell, x: x, y: y, columns: columns, window: window)
                x += max(1, cell.width)
            }
        }
        previous = frame
        placeCursor(window: window, rows: rows, columns: columns)
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    private func draw(_ cell: Cell, x: Int, y: Int, columns: Int, window: UnsafeMutablePointer<WINDOW>?) {
        // A wide character that would hang off the right edge becomes a space.
        var text = cell.text.isEmpty ? " " : cell.text
        if cell.width == 2, x + 1 >= columns { text = " " }
        var scalars = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if scalars.count > Int(CCHARW_MAX) - 1 { scalars = Array(scalars.prefix(Int(CCHARW_MAX) - 1)) }
        scalars.append(0)
        var pair = pairNumber(for: cell.style)
        var character = cchar_t()
        let attributes = attributes(for: cell.style)
        var status = scalars.withUnsafeBufferPointer { setcchar(&character, $0.baseAddress, attributes, 0, &pair) }
        if status == ERR {
            // A cluster ncurses will not take whole (e.g. an emoji sequence): its first scalar.
            var single: [wchar_t] = [scalars[0], 0]
            status = single.withUnsafeMutableBufferPointer { setcchar(&character, $0.baseAddress, attributes, 0, &pair) }
            if status == ERR { return }
        }
        _ = wmove(window, Int32(y), Int32(x))
        _ = wadd_wch(window, &character)
        // Where the C library thinks a character we lay out as wide is narrow, blank its second
        // column so nothing stale shows there.
        if cell.width == 2, x + 1 < columns, aftercare_wcwidth(scalars[0]) < 2 {
            var blank = cchar_t()
            var space: [wchar_t] = [0x20, 0]
            _ = space.withUnsafeMutableBufferPointer { setcchar(&blank, $0.baseAddress, attributes, 0, &pair) }
            _ = wmove(window, Int32(y), Int32(x + 1))
            _ = wadd_wch(window, &blank)
        }
    }

    private func placeCursor(window: UnsafeMutablePointer<WINDOW>?, rows: Int, columns: Int) {
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
            if cursorShown != true { _ = curs_set(1); cursorShown = true }
        } else if cursorShown != false {
            _ = curs_set(0)
            cursorShown = false
        }
    }

    private func attributes(for style: Style) -> attr_t {
        var a = aftercare_a_normal()
        if style.bold { a |= aftercare_a_bold() }
        if style.dim { a |= aftercare_a_dim() }
        if style.underline { a |= aftercare_a_underline() }
        if style.reverse { a |= aftercare_a_reverse() }
        return a
    }

    /// The colour pair for a style's colours, allocated the first time it is needed. When the
    /// terminal's pairs run out, the default pair is used (text stays readable).
    private func pairNumber(for style: Style) -> Int32 {
        guard colorDepth != .none else { return 0 }
        let key = PairKey(foreground: color(style.foreground), background: color(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair <= maxPairs, init_extended_pair(nextPair, key.foreground, key.background) != ERR else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// A palette index mapped down to what the terminal has (-1: its default colour).
    private func color(_ color: TerminalColor) -> Int32 {
        guard case let .indexed(index) = color else { return -1 }
        let available = Int(aftercare_colors())
        if Int(index) < available { return Int32(index) }
        return Int32(Self.nearestANSI(index, available: available))
    }

    /// The nearest of the 16 (or 8) ANSI colours for an xterm-256 index.
    static func nearestANSI(_ index: UInt8, available: Int) -> Int {
        let i = Int(index)
        let bright = available >= 16
        if i < 16 { return bright ? i : i % 8 }
        let rgb: (Int, Int, Int)
        if i >= 232 {
            let level = 8 + (i - 232) * 10
            rgb = (level, level, level)
        } else {
            let steps = [0, 95, 135, 175, 215, 255]
            let c = i - 16
            rgb = (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
        }
        let palette: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let candidates = bright ? 16 : 8
        var best = 0, bestDistance = Int.max
        for n in 0..<candidates {
            let p = palette[n]
            let d = (p.0 - rgb.0) * (p.0 - rgb.0) + (p.1 - rgb.1) * (p.1 - rgb.1) + (p.2 - rgb.2) * (p.2 - rgb.2)
            if d < bestDistance { best = n; bestDistance = d }
        }
        return best
    }

    // MARK: Input

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard screen != nil, !isShutDown else { return nil }
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeoutMilliseconds)) * 1_000_000
        while true {
            if let event = drainSignals() { return event }
            if terminationSignal != nil { return nil }
            if let event = readKey() { return event }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return nil }
            let wait = Int32(min(Int(Int32.max), Int((deadline - now + 999_999) / 1_000_000)))
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalPipe.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, wait)
            if ready < 0 { continue }  // EINTR: a signal; the pipe has it
            let input = fds[0].revents
            if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, input & Int16(POLLIN) == 0 {
                hangUp()
                return nil
            }
            if input & Int16(POLLIN) != 0, fds[1].revents == 0 {
                // Readable, yet ncurses finds nothing: end of file (the terminal went away).
                if let event = readKey() { return event }
                idleReadableCount += 1
                if idleReadableCount > 20 { hangUp(); return nil }
            }
        }
    }

    private func hangUp() {
        guard terminationSignal == nil else { return }
        terminationSignal = SIGHUP
        onTermination?(SIGHUP)
    }

    private func drainSignals() -> InputEvent? {
        var buffer = [UInt8](repeating: 0, count: 64)
        var resized = false
        while true {
            let count = read(signalPipe.read, &buffer, buffer.count)
            guard count > 0 else { break }
            for byte in buffer.prefix(count) {
                let signal = Int32(byte)
                if signal == SIGWINCH {
                    resized = true
                } else if terminationSignal == nil {
                    terminationSignal = signal
                    onTermination?(signal)
                }
            }
        }
        guard resized, !isSuspended else { return nil }
        return applyKernelSize()
    }

    /// Reads the size from the kernel and resizes ncurses to it; the resize event, if it changed.
    private func applyKernelSize() -> InputEvent? {
        var rows: Int32 = 0, columns: Int32 = 0
        guard aftercare_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0 else { return nil }
        _ = resizeterm(rows, columns)
        // resizeterm queues a KEY_RESIZE for the application; consume it here.
        var ch: wint_t = 0
        wtimeout(aftercare_stdscr(), 0)
        var leftovers: [InputEvent] = []
        while true {
            let status = wget_wch(aftercare_stdscr(), &ch)
            if status == ERR { break }
            if status == KEY_CODE_YES, Int32(ch) == KEY_RESIZE { continue }
            if let event = decode(status: status, ch) { leftovers.append(event) }
        }
        pendingEvents += leftovers
        let newSize = Size(columns: Int(aftercare_cols()), rows: Int(aftercare_lines()))
        size = newSize
        previous = nil
        _ = clearok(aftercare_curscr(), true)
        return .resize(newSize)
    }

    /// One key if ncurses has one ready (never waits longer than the ESC delay).
    private func readKey() -> InputEvent? {
        var ch: wint_t = 0
        wtimeout(aftercare_stdscr(), 0)
        let status = wget_wch(aftercare_stdscr(), &ch)
        guard status != ERR else { return nil }
        idleReadableCount = 0
        if status == KEY_CODE_YES, Int32(ch) == KEY_RESIZE {
            // ncurses noticed a new size itself (e.g. after the editor ran).
            let newSize = Size(columns: Int(aftercare_cols()), rows: Int(aftercare_lines()))
            size = newSize
            previous = nil
            return .resize(newSize)
        }
        return decode(status: status, ch)
    }

    private func decode(status: Int32, _ ch: wint_t) -> InputEvent? {
        if status == KEY_CODE_YES { return Self.keyCode(Int32(ch)).map(InputEvent.key) }
        switch ch {
        case 27: return .key(escapeSequence())
        default: return Self.character(ch).map(InputEvent.key)
        }
    }

    /// A plain character from `wget_wch`: controls become their keys.
    static func character(_ ch: wint_t) -> Key? {
        switch ch {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(ch) + 96)))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// After an ESC: Alt plus the next character, a CSI/SS3 sequence ncurses did not know, or Esc.
    private func escapeSequence() -> Key {
        var ch: wint_t = 0
        wtimeout(aftercare_stdscr(), 0)
        let status = wget_wch(aftercare_stdscr(), &ch)
        if status == ERR { return .escape }
        if status == KEY_CODE_YES { return Self.keyCode(Int32(ch)) ?? .escape }
        if ch == 27 {
            _ = unget_wch(wchar_t(27))
            return .escape
        }
        if ch == 0x5B || ch == 0x4F {  // ESC [ or ESC O
            var body = ""
            while true {
                var next: wint_t = 0
                guard wget_wch(aftercare_stdscr(), &next) == OK, let scalar = Unicode.Scalar(UInt32(next)) else { break }
                body.unicodeScalars.append(scalar)
                if (0x40...0x7E).contains(next) { break }
                if body.count > 16 { break }
            }
            if body.isEmpty { return .alt(ch == 0x5B ? "[" : "O") }
            return Self.csi(body) ?? .escape
        }
        if let key = Self.character(ch) {
            if case let .char(c) = key { return .alt(c) }
            if case .enter = key { return .alt("\r") }
            return key
        }
        return .escape
    }

    /// The final parts of common CSI/SS3 sequences (`A` up… `3~` delete, `1;5A` ctrl-up).
    static func csi(_ body: String) -> Key? {
        guard let final = body.last else { return nil }
        let parameters = body.dropLast().split(separator: ";").first.map(String.init) ?? ""
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "~":
            switch parameters {
            case "1", "7": return .home
            case "2": return .insert
            case "3": return .delete
            case "4", "8": return .end
            case "5": return .pageUp
            case "6": return .pageDown
            case "11": return .function(1)
            case "12": return .function(2)
            case "13": return .function(3)
            case "14": return .function(4)
            case "15": return .function(5)
            case "17": return .function(6)
            case "18": return .function(7)
            case "19": return .function(8)
            case "20": return .function(9)
            case "21": return .function(10)
            case "23": return .function(11)
            case "24": return .function(12)
            default: return nil
            }
        default: return nil
        }
    }

    /// A KEY_* code from ncurses.
    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME, KEY_A1: return .home
        case KEY_END, KEY_SEND, KEY_C1: return .end
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_SNEXT, KEY_C3: return .pageDown
        case KEY_DC, KEY_SDC: return .delete
        case KEY_IC, KEY_SIC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default:
            // Modified cursor keys from terminfo's extended capabilities (kUP5, kLFT3, kDC5…).
            guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
            let base = name.trimmingCharacters(in: .decimalDigits)
            switch base {
            case "kUP": return .up
            case "kDN": return .down
            case "kLFT": return .left
            case "kRIT": return .right
            case "kHOM": return .home
            case "kEND": return .end
            case "kPRV": return .pageUp
            case "kNXT": return .pageDown
            case "kDC": return .delete
            case "kIC": return .insert
            default: return nil
            }
        }
    }

    // MARK: Suspend, shutdown

    public func suspend() {
        guard screen != nil, !isSuspended, !isShutDown else { return }
        _ = def_prog_mode()
        _ = endwin()
        isSuspended = true
    }

    public func resume() {
        guard screen != nil, isSuspended, !isShutDown else { return }
        isSuspended = false
        discardInterruptsWhileSuspended()
        _ = reset_prog_mode()
        previous = nil
        cursorShown = nil
        _ = clearok(aftercare_curscr(), true)
        _ = wrefresh(aftercare_stdscr())
        // The window may have changed size while the editor ran.
        var rows: Int32 = 0, columns: Int32 = 0
        if aftercare_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0,
           Int(rows) != size.rows || Int(columns) != size.columns, let event = applyKernelSize() {
            pendingEvents.append(event)
        }
    }

    /// While the editor ran, the terminal was in its normal mode, so C-c typed there reached us as
    /// SIGINT too (the editor had it, not the console): drop those. Size changes are picked up by
    /// `resume`; SIGTERM/SIGHUP are kept for `nextEvent`.
    private func discardInterruptsWhileSuspended() {
        var buffer = [UInt8](repeating: 0, count: 64)
        var keep: [UInt8] = []
        while true {
            let count = read(signalPipe.read, &buffer, buffer.count)
            guard count > 0 else { break }
            keep += buffer.prefix(count).filter { Int32($0) != SIGINT && Int32($0) != SIGWINCH }
        }
        if !keep.isEmpty { _ = write(signalPipe.write, keep, keep.count) }
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if let screen {
            if isSuspended { _ = reset_prog_mode() }
            _ = curs_set(1)
            _ = endwin()
            delscreen(screen)
            self.screen = nil
        }
        aftercare_disarm_crash_restore()
    }

    /// Strings that undo what the console does to the terminal, for the crash handler.
    private static func armCrashRestore(term: String) {
        var reset = ""
        var status: Int32 = 0
        if term.withCString({ setupterm($0, STDOUT_FILENO, &status) }) == OK {
            for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
                if let value = tigetstr(capability), Int(bitPattern: value) != -1 { reset += String(cString: value) }
            }
            aftercare_free_curterm()
        }
        reset += "\r\n"
        reset.withCString { aftercare_arm_crash_restore($0, strlen($0)) }
    }
}
