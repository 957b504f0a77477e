import AftercareCore
import Dispatch
import Foundation
import TerminalKit

/// The one place with side effects. Reads input from the backend, feeds it to `reduce` (the only
/// writer of `state`, the terminal's size included), runs the effects (store calls on a
/// background serial queue, results fed back as actions; $EDITOR on this thread with the
/// terminal suspended), and presents a whole frame when the state changed.
///
/// Not thread-safe: create it and call `run()` (or `process`) from one thread. Only
/// `requestShutdown()` may be called from anywhere.
public final class Runtime {
    /// Draws a whole frame for a state (the executable passes the Views' `render` with its theme).
    public typealias Renderer = (AppState, inout ScreenBuffer) -> Void

    /// Where store calls run.
    public enum EffectMode: Sendable {
        /// On a background serial queue; results come back on the loop (the real console).
        case background
        /// On the calling thread, results reduced at once (tests and the latency benchmark).
        case inline
    }

    public private(set) var state: AppState
    public let backend: TerminalBackend
    /// Frames presented so far.
    public private(set) var framesPresented = 0

    private let desk: DeskService
    private let render: Renderer
    private let clock: () -> Date
    private let editor: (String) -> String?
    private let mode: EffectMode
    private let queue = DispatchQueue(label: "aftercare.console.desk", qos: .userInitiated)
    private let presenceQueue = DispatchQueue(label: "aftercare.console.presence", qos: .utility)
    private let mailbox = Mailbox()
    private var lastPresented: AppState?
    private var ticking = false
    private var nextTick = Date.distantFuture
    private var stopped = false
    private var started = false
    private var finished = false

    /// - Parameters:
    ///   - keyMap: the merged keymap (`KeyMap.load(userFileText:)`); `keyMapWarnings` are shown on start.
    ///   - render: draws a frame; the runtime presents it only when the state changed.
    ///   - clock: the time ticks and store calls use.
    ///   - editor: runs $EDITOR on a seed text and returns the result (nil: failed or aborted). The
    ///     runtime suspends the backend around it.
    public init(
        backend: TerminalBackend, desk: DeskService, agent: Agent, keyMap: KeyMap = .defaults, keyMapWarnings: [String] = [],
        render: @escaping Renderer, clock: @escaping () -> Date = Date.init, editor: @escaping (String) -> String? = { _ in nil },
        mode: EffectMode = .background, session: ConsoleIdentity = ConsoleIdentity()
    ) {
        self.backend = backend
        self.desk = desk
        self.render = render
        self.clock = clock
        self.editor = editor
        self.mode = mode
        state = AppState(
            size: backend.size, now: clock(), agent: agent, keyMap: keyMap, settings: (try? desk.settings()) ?? .standard,
            startupWarnings: keyMapWarnings, session: session)
    }

    // MARK: Shutdown from signals

    /// Asks the loop to save the draft, restore the terminal and return from `run()`. Safe from
    /// any thread (the executable's SIGINT/SIGTERM/SIGHUP handling calls it); never exits the process.
    public func requestShutdown() { mailbox.requestShutdown() }

    // MARK: The loop

    /// Runs until `quit` (q, `:q`) or `requestShutdown()`, then waits for outstanding store writes
    /// (the draft) and calls `backend.shutdown()`.
    public func run() {
        start()
        while !stopped {
            if mailbox.takeShutdownRequest(), !state.isQuitting { dispatch(.shutdownRequested) }
            drainResults()
            if stopped { break }
            // Show what the results just changed before waiting for input: otherwise a page or a
            // ticket that arrived would wait for the next key or tick (up to a quarter second).
            presentIfChanged()
            let timeout = pollTimeout()
            let waitStart = DispatchTime.now()
            if let event = backend.nextEvent(timeoutMilliseconds: timeout) {
                dispatch(.input(event))
                // Take whatever else is already waiting (a burst of keys) before drawing.
                var burst = 0
                while burst < 64, !stopped, let more = backend.nextEvent(timeoutMilliseconds: 0) {
                    dispatch(.input(more))
                    burst += 1
                }
            } else {
                // A backend that returned at once (headless) must not make this loop spin.
                let waited = Int((DispatchTime.now().uptimeNanoseconds - waitStart.uptimeNanoseconds) / 1_000_000)
                if waited < timeout / 2 { usleep(UInt32(max(1, min(timeout, 20) - waited) * 1000)) }
            }
            tickIfDue()
            presentIfChanged()
        }
        finish()
    }

    /// Sends `.started` (first page, counts, templates, ticking) and shows the first frame. `run()`
    /// calls it; benchmarks and tests driving `process` call it themselves.
    public func start() {
        guard !started else { return }
        started = true
        // The terminal may have changed size since `init` read it.
        dispatch(.input(.resize(backend.size)))
        dispatch(.started)
        drainResults()
        presentIfChanged()
    }

    /// One input event, synchronously: reduce, run its effects, take any results already in, and
    /// present the frame if it changed. With `.inline` effects the frame is final when this returns
    /// (what the key-latency benchmark times).
    public func process(_ event: InputEvent) {
        start()
        dispatch(.input(event))
        drainResults()
        presentIfChanged()
    }

    /// Any action (tests; the executable may send `.tick` etc.), then the frame.
    public func send(_ action: Action) {
        dispatch(action)
        drainResults()
        presentIfChanged()
    }

    /// Times each event from `process` start to presented frame. Use an `.inline` runtime.
    public func measureKeyLatency(_ events: [InputEvent]) -> [Duration] {
        start()
        let clock = ContinuousClock()
        return events.map { event in clock.measure { process(event) } }
    }

    /// Waits (up to `timeout`) until no store call is outstanding and every result is reduced;
    /// true when idle. For tests of the background mode.
    @discardableResult
    public func waitUntilIdle(timeout: TimeInterval = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            drainResults()
            if mailbox.inFlight == 0 {
                drainResults()
                presentIfChanged()
                return true
            }
            usleep(1000)
        }
        return false
    }

    /// Quits as `q` would (draft saved) and restores the terminal; for callers not using `run()`.
    public func shutdown() {
        if !state.isQuitting { dispatch(.shutdownRequested) }
        finish()
    }

    public var isStopped: Bool { stopped }

    // MARK: Internals

    private func dispatch(_ action: Action) {
        let effects = reduce(&state, action)
        for effect in effects { execute(effect) }
    }

    private func drainResults() {
        // Inline effects post their results while these are reduced: keep going until none are left.
        for _ in 0..<1000 {
            let actions = mailbox.takeAll()
            if actions.isEmpty { return }
            for action in actions { dispatch(action) }
        }
    }

    private func pollTimeout() -> Int {
        if mailbox.inFlight > 0 { return 10 }
        guard ticking else { return 250 }
        let untilTick = Int(nextTick.timeIntervalSince(clock()) * 1000)
        return max(0, min(250, untilTick))
    }

    private func tickIfDue() {
        guard ticking else { return }
        let now = clock()
        if now >= nextTick {
            nextTick = now.addingTimeInterval(1)
            dispatch(.tick(now))
        }
    }

    private func presentIfChanged() {
        guard !stopped, lastPresented != state else { return }
        var frame = ScreenBuffer(size: state.size)
        render(state, &frame)
        backend.present(frame)
        framesPresented += 1
        lastPresented = state
    }

    private func finish() {
        guard !finished else { return }
        finished = true
        stopped = true
        if mode == .background {
            queue.sync {}  // let the draft save (and any write) land
            presenceQueue.sync {}  // and the end of this session
            drainResults()
        }
        backend.shutdown()
    }

    /// Runs a store call per `mode`; its result comes back as an action.
    private func onDesk(_ work: @escaping @Sendable (DeskService) -> Action?) {
        switch mode {
        case .inline:
            if let action = work(desk) { mailbox.post(action, finished: false) }
        case .background:
            let desk = self.desk
            let mailbox = self.mailbox
            mailbox.begin()
            queue.async { mailbox.post(work(desk), finished: true) }
        }
    }

    /// Presence writes: inline in `.inline` mode, else on their own queue, no answer.
    private func onPresenceQueue(_ work: @escaping @Sendable (DeskService) -> Void) {
        switch mode {
        case .inline: work(desk)
        case .background:
            let desk = self.desk
            presenceQueue.async { work(desk) }
        }
    }

    private func execute(_ effect: Effect) {
        let agent = state.agent
        switch effect {
        case let .loadInboxPage(request):
            mailbox.latestGeneration = request.generation
            let mailbox = self.mailbox
            let wallNow = clock()
            onDesk { desk in
                // Typing a search emits a load per key: skip the ones a newer query made stale.
                if request.generation < mailbox.latestGeneration { return nil }
                return .pageLoaded(request, Self.result { try desk.inboxPage(request.filter, after: request.cursor, limit: request.limit, now: wallNow) })
            }
        case let .loadCounts(requests):
            let wallNow = clock()
            onDesk { desk in
                var counts: [InboxView: Int] = [:]
                for r in requests { if let n = try? desk.count(r.filter, now: wallNow) { counts[r.view] = n } }
                return .countsLoaded(counts)
            }
        case let .loadDetail(id):
            onDesk { desk in .detailLoaded(ticketId: id, Self.result { try desk.detail(ticket: id) }) }
        case let .persist(request):
            let at = clock()
            onDesk { desk in
                .saved(request, Self.result {
                    try desk.apply(request.changes, to: request.ticketId, expectedVersion: request.expectedVersion, by: agent, at: at)
                })
            }
        case let .send(request):
            let at = clock()
            onDesk { desk in
                .sent(request, Self.result {
                    try desk.addMessage(request.kind, body: request.body, to: request.ticketId, setting: request.status,
                                        guard: request.writeGuard, by: agent, at: at)
                })
            }
        case let .saveDraft(draft):
            onDesk { desk in
                do {
                    try desk.saveDraft(draft)
                    return nil
                } catch {
                    return .draftSaveFailed(Self.deskError(error))
                }
            }
        case let .loadDraft(id):
            let session = state.session.id
            let at = clock()
            onDesk { desk in .draftLoaded(ticketId: id, (try? desk.draft(ticket: id, agent: agent.login, session: session, now: at)) ?? nil) }
        case let .discardDraft(id, session):
            onDesk { desk in
                try? desk.discardDraft(ticket: id, agent: agent.login, session: session)
                return nil
            }
        case let .heartbeat(presence):
            // On a queue of its own: a heartbeat waiting for another process's write lock must
            // not hold up the reads behind it. Best effort: a missed one is made up on the next.
            onPresenceQueue { desk in try? desk.heartbeat(presence) }
        case .endSession:
            let session = state.session.id
            onPresenceQueue { desk in try? desk.endSession(session) }
        case .loadPresence:
            let at = clock()
            onDesk { desk in (try? desk.presence(at: at)).map { .presenceLoaded($0) } }
        case .loadTemplates:
            onDesk { desk in .templatesLoaded(Self.result { try desk.templates() }) }
        case .loadSettings:
            onDesk { desk in .settingsLoaded(Self.result { try desk.settings() }) }
        case let .openEditor(request):
            backend.suspend()
            let text = editor(request.seed)
            backend.resume()
            lastPresented = nil  // the screen was handed over: draw it all again
            // The terminal may have been resized while the editor had it.
            mailbox.post(.input(.resize(backend.size)), finished: false)
            mailbox.post(.editorFinished(request, text), finished: false)
        case .pollChanges:
            onDesk { desk in
                if let token = try? desk.changeToken() { return .changesDetected(token: token) }
                return .pollFailed
            }
        case .scheduleTick:
            ticking = true
            nextTick = clock().addingTimeInterval(1)
        case .quit:
            stopped = true
        }
    }

    private static func result<T>(_ body: () throws -> T) -> Result<T, DeskServiceError> {
        do { return .success(try body()) } catch { return .failure(deskError(error)) }
    }

    private static func deskError(_ error: Error) -> DeskServiceError {
        (error as? DeskServiceError) ?? .failed("\(error)")
    }
}
