import Foundation

/// Results from the store queue, and the shutdown flag, behind one lock.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    private var pending = 0
    private var shutdown = false
    private var generation = Int.min

    var inFlight: Int { lock.withLock { pending } }

    /// The newest inbox query asked for; older page loads are skipped on the queue.
    var latestGeneration: Int {
        get { lock.withLock { generation } }
        set { lock.withLock { generation = max(generation, newValue) } }
    }

    func begin() { lock.withLock { pending += 1 } }

    func post(_ action: Action?, finished: Bool) {
        lock.withLock {
            if let action { actions.append(action) }
            if finished { pending -= 1 }
        }
    }

    func takeAll() -> [Action] {
        lock.withLock {
            let taken = actions
            actions = []
            return taken
        }
    }

    func requestShutdown() { lock.withLock { shutdown = true } }

    func takeShutdownRequest() -> Bool {
        lock.withLock {
            defer { shutdown = false }
            return shutdown
        }
    }
}
