import Foundation

/// Files a customer message under a ticket category from its text: a linear model over
/// `MessageFeatures` weighed by inverse document frequency (a feature in every message says
/// little), trained on labelled examples (the shipped set plus the desk's own
/// corrections) with the averaged passive-aggressive algorithm (Crammer et al., 2006: each
/// mistake moves the weights just enough to fix it; averaging over every step keeps late, noisy
/// updates from dominating). No network, no dependencies; training a few thousand messages takes
/// a fraction of a second in a release build, so a desk can retrain whenever agents correct it.
public struct CategoryClassifier: Sendable {
    public static let categories = TicketCategory.allCases
    static let classes = categories.count

    /// `buckets × classes` weights, row-major by bucket.
    private var weights: [Float]
    /// Per bucket: ln((1 + n) / (1 + df)) + 1 over the n training messages; 0 for a bucket never
    /// seen (it has no weights either).
    private var idf: [Float]

    private init(weights: [Float], idf: [Float]) {
        self.weights = weights
        self.idf = idf
    }

    /// A model that has learnt nothing (every score 0).
    public static let untrained = CategoryClassifier(weights: [], idf: [])

    public var isTrained: Bool { !weights.isEmpty }

    // MARK: Training

    /// Trains on `examples` (order matters only through the seeded shuffle, so the same examples
    /// always give the same model).
    public static func train(_ examples: [TriageExample], epochs: Int = 6, aggressiveness: Float = 1) -> CategoryClassifier {
        let raw = examples.map { (MessageFeatures($0.text), categories.firstIndex(of: $0.category)!) }.filter { !$0.0.isEmpty }
        guard !raw.isEmpty else { return .untrained }
        var documentFrequency = [Int32](repeating: 0, count: MessageFeatures.buckets)
        for (x, _) in raw { for i in x.indexes { documentFrequency[Int(i)] += 1 } }
        let n = Float(raw.count)
        let idf = documentFrequency.map { $0 == 0 ? 0 : log((1 + n) / (1 + Float($0))) + 1 }
        let data = raw.map { ($0.0.weighted { idf[Int($0)] }, $0.1) }
        let k = classes
        var w = [Float](repeating: 0, count: MessageFeatures.buckets * k)
        // Sum of step × update, for the average: avg = w - u / steps.
        var u = [Float](repeating: 0, count: MessageFeatures.buckets * k)
        var order = Array(data.indices)
        var rng = SplitMix64(seed: 0x5EED)
        var step: Float = 1
        var scores = [Float](repeating: 0, count: k)
        w.withUnsafeMutableBufferPointer { w in
            u.withUnsafeMutableBufferPointer { u in
                for _ in 0..<epochs {
                    order.seededShuffle(&rng)
                    for index in order {
                        let (x, y) = data[index]
                        score(x, w, into: &scores)
                        var wrong = y == 0 ? 1 : 0
                        for c in 0..<k where c != y && scores[c] > scores[wrong] { wrong = c }
                        let loss = 1 - (scores[y] - scores[wrong])
                        if loss > 0 {
                            // ‖x‖ = 1, and the update touches two rows: the step is loss / 2.
                            let tau = min(aggressiveness, loss / 2)
                            for (i, v) in zip(x.indexes, x.values) {
                                let row = Int(i) * k
                                w[row + y] += tau * v
                                w[row + wrong] -= tau * v
                                u[row + y] += step * tau * v
                                u[row + wrong] -= step * tau * v
                            }
                        }
                        step += 1
                    }
                }
                for i in 0..<w.count { w[i] -= u[i] / step }
            }
        }
        return CategoryClassifier(weights: w, idf: idf)
    }

    // MARK: Classifying

    /// The category the text most likely belongs to, and how far ahead of the runner-up it is
    /// (0 when the text holds nothing the model knows).
    public func classify(_ text: String) -> (category: TicketCategory, margin: Float)? {
        guard isTrained else { return nil }
        let x = MessageFeatures(text).weighted { idf[Int($0)] }
        guard x.values.contains(where: { $0 != 0 }) else { return nil }
        var scores = [Float](repeating: 0, count: Self.classes)
        weights.withUnsafeBufferPointer { Self.score(x, $0, into: &scores) }
        var best = 0
        for c in 1..<Self.classes where scores[c] > scores[best] { best = c }
        var second = best == 0 ? 1 : 0
        for c in 0..<Self.classes where c != best && scores[c] > scores[second] { second = c }
        return (Self.categories[best], scores[best] - scores[second])
    }

    @inline(__always)
    private static func score(_ x: MessageFeatures, _ w: UnsafeBufferPointer<Float>, into scores: inout [Float]) {
        let k = classes
        for c in 0..<k { scores[c] = 0 }
        for (i, v) in zip(x.indexes, x.values) {
            let row = Int(i) * k
            for c in 0..<k { scores[c] += w[row + c] * v }
        }
    }

    @inline(__always)
    private static func score(_ x: MessageFeatures, _ w: UnsafeMutableBufferPointer<Float>, into scores: inout [Float]) {
        score(x, UnsafeBufferPointer(w), into: &scores)
    }

    // MARK: Storage

    /// The buckets seen in training, little-endian: the category count and the bucket count, then
    /// per bucket its index, its idf and one weight per category (`TicketCategory.allCases` order).
    public func serialized() -> Data {
        var data = Data()
        guard isTrained else { return data }
        let k = Self.classes
        var rows: [Int32] = []
        for bucket in 0..<MessageFeatures.buckets {
            let row = bucket * k
            if idf[bucket] != 0 || (0..<k).contains(where: { weights[row + $0] != 0 }) { rows.append(Int32(bucket)) }
        }
        data.reserveCapacity(8 + rows.count * (8 + 4 * k))
        Self.append(UInt32(k), to: &data)
        Self.append(UInt32(rows.count), to: &data)
        for bucket in rows {
            Self.append(UInt32(bitPattern: bucket), to: &data)
            Self.append(idf[Int(bucket)].bitPattern, to: &data)
            for c in 0..<k { Self.append(weights[Int(bucket) * k + c].bitPattern, to: &data) }
        }
        return data
    }

    /// Nil when `data` is not a model of this release's shape (another category list, damaged).
    public static func deserialized(_ data: Data) -> CategoryClassifier? {
        if data.isEmpty { return .untrained }
        let bytes = [UInt8](data)
        var offset = 0
        func next() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        }
        guard let k = next(), Int(k) == classes, let count = next(), Int(count) <= MessageFeatures.buckets,
              bytes.count == 8 + Int(count) * (8 + 4 * classes) else { return nil }
        var weights = [Float](repeating: 0, count: MessageFeatures.buckets * classes)
        var idf = [Float](repeating: 0, count: MessageFeatures.buckets)
        for _ in 0..<count {
            guard let bucket = next(), Int(bucket) < MessageFeatures.buckets else { return nil }
            idf[Int(bucket)] = Float(bitPattern: next()!)
            for c in 0..<classes { weights[Int(bucket) * classes + c] = Float(bitPattern: next()!) }
        }
        return CategoryClassifier(weights: weights, idf: idf)
    }

    private static func append(_ value: UInt32, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}

extension Array {
    /// Fisher–Yates with `SplitMix64`, written out so the order (and so the trained model) does not
    /// change with the standard library's shuffle.
    mutating func seededShuffle(_ rng: inout SplitMix64) {
        guard count > 1 else { return }
        for i in stride(from: count - 1, to: 0, by: -1) {
            swapAt(i, Int(rng.next() % UInt64(i + 1)))
        }
    }
}
