import AftercareCore

/// The demo's draws from `SplitMix64` (in the domain module, shared with the classifier).
extension SplitMix64 {
    /// A generator for one item of a stream (one customer), independent of every other item.
    static func stream(_ seed: UInt64, _ index: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }

    /// Uniform in 0..<n (n > 0). Lemire's multiply-shift; the tiny bias is irrelevant for a demo.
    @inline(__always)
    mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: ((next() >> 32) &* UInt64(n)) >> 32)
    }

    @inline(__always)
    mutating func between(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

    /// Uniform in [0, 1).
    @inline(__always)
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    @inline(__always)
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    @inline(__always)
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Index into cumulative weights (ascending, last = total).
    @inline(__always)
    mutating func weighted(_ cumulative: [Int]) -> Int {
        let r = below(cumulative[cumulative.count - 1])
        var i = 0
        while cumulative[i] <= r { i += 1 }
        return i
    }
}

func cumulative(_ weights: [Int]) -> [Int] {
    var total = 0
    return weights.map {
        total += $0
        return total
    }
}
