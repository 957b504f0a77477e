import AftercareCore
import AftercareStore
import Foundation

/// Runs a sequence's iteration on a background thread, keeping up to `depth` elements ready.
struct Prefetching<Base: Sequence> where Base.Element: Sendable {
    let base: Base
    let depth: Int

    init(_ base: Base, depth: Int) {
        self.base = base
        self.depth = depth
    }

    func forEach(_ body: (Base.Element) throws -> Void) throws {
        let buffer = PrefetchBuffer<Base.Element>(depth: depth)
        nonisolated(unsafe) let iterator = base.makeIterator()
        let producer = Thread {
            var iterator = iterator
            while !buffer.isCancelled, let element = iterator.next() { buffer.put(element) }
            buffer.finish()
        }
        producer.start()
        defer { buffer.cancel() }
        while let element = buffer.take() { try body(element) }
    }
}

/// A bounded hand-off between one producer and one consumer thread.
final class PrefetchBuffer<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var finished = false
    private var cancelled = false
    private let depth: Int

    init(depth: Int) { self.depth = max(1, depth) }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    func put(_ element: Element) {
        condition.lock()
        while items.count >= depth && !cancelled { condition.wait() }
        items.append(element)
        condition.broadcast()
        condition.unlock()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }
}
