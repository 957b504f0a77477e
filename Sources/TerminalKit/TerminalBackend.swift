/// How many colours the terminal can show; themes fall back accordingly.
public enum ColorDepth: Int, Hashable, Sendable, Comparable {
    case none = 0
    case ansi8 = 8
    case xterm256 = 256

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}

/// A terminal the console draws on and reads keys from. `NcursesTerminal` is the real one;
/// `HeadlessTerminal` is an in-memory one for tests and benchmarks.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    var colorDepth: ColorDepth { get }
    /// Shows a frame: writes the cells that changed since the last one, then refreshes once.
    func present(_ frame: ScreenBuffer)
    /// The next input, waiting at most `timeoutMilliseconds` (0: don't wait); nil when none came.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Hands the terminal to another program ($EDITOR) until `resume`.
    func suspend()
    func resume()
    /// Restores the terminal as it was before. Safe to call more than once.
    func shutdown()
}

/// An in-memory terminal: tests queue input events and read the last presented frame.
public final class HeadlessTerminal: TerminalBackend {
    public var size: Size
    public var colorDepth: ColorDepth
    public private(set) var frame: ScreenBuffer
    public private(set) var presentCount = 0
    public private(set) var isSuspended = false
    public private(set) var isShutDown = false
    private var pending: [InputEvent] = []

    public init(size: Size, colorDepth: ColorDepth = .xterm256) {
        self.size = size
        self.colorDepth = colorDepth
        frame = ScreenBuffer(size: size)
    }

    public func enqueue(_ events: [InputEvent]) { pending += events }
    public func enqueue(keys names: String...) { pending += names.compactMap { Key(name: $0).map(InputEvent.key) } }

    /// Changes the size and delivers the resize event, as SIGWINCH would.
    public func resize(to newSize: Size) {
        size = newSize
        pending.append(.resize(newSize))
    }

    public var hasPendingInput: Bool { !pending.isEmpty }

    public func present(_ frame: ScreenBuffer) {
        self.frame = frame
        presentCount += 1
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    public func suspend() { isSuspended = true }
    public func resume() { isSuspended = false }
    public func shutdown() { isShutDown = true }
}
