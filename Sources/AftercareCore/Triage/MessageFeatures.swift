import Foundation

/// A customer message as the category classifier reads it: a sparse vector of hashed features.
///
/// - Character n-grams of 1 to 4 characters over the folded text, so Chinese needs no word
///   segmenter (`损坏` and `没收到` are features of their own) and English catches stems and
///   misspellings ("refnd", "recieved").
/// - English words and word pairs, so "not broken" and "how do" weigh as phrases.
///
/// Folding: ASCII letters lowercased, full-width forms made ASCII, curly apostrophes straight,
/// runs of white space one space. Counts are damped (1 + ln n); the classifier weighs them by how
/// rare they are in its training set and scales the vector to unit length, so a long message
/// does not outvote a short one. Features are hashed (FNV-1a) into `buckets`.
public struct MessageFeatures: Sendable, Hashable {
    public static let buckets = 1 << 18

    /// Buckets present, ascending, and their damped counts.
    public private(set) var indexes: [Int32]
    public private(set) var values: [Float]

    /// The same features weighed by `weight(bucket)` and scaled to unit length.
    func weighted(_ weight: (Int32) -> Float) -> MessageFeatures {
        var copy = self
        copy.values = zip(indexes, values).map { $0.1 * weight($0.0) }
        let length = sqrt(copy.values.reduce(0) { $0 + $1 * $1 })
        copy.values = length > 0 ? copy.values.map { $0 / length } : copy.values
        return copy
    }

    public init(_ text: String) {
        let scalars = Self.fold(text)
        var counts: [Int32: Int] = [:]
        counts.reserveCapacity(scalars.count * 5)
        for n in 1...4 where scalars.count >= n {
            for start in 0...(scalars.count - n) {
                var hash = Self.seed(0x63)  // "c"
                for offset in 0..<n { hash = Self.mix(hash, scalars[start + offset]) }
                counts[Self.bucket(hash), default: 0] += 1
            }
        }
        var previous: UInt64?
        for word in Self.words(scalars) {
            var hash = Self.seed(0x77)  // "w"
            for scalar in word { hash = Self.mix(hash, scalar) }
            counts[Self.bucket(hash), default: 0] += 1
            if let previous {
                counts[Self.bucket(Self.combine(Self.mix(previous, UInt32(0x20)), hash)), default: 0] += 1
            }
            previous = hash
        }
        indexes = Array(counts.keys).sorted()
        values = indexes.map { Float(1 + log(Double(counts[$0]!))) }
    }

    public var isEmpty: Bool { indexes.isEmpty }

    // MARK: Folding and hashing

    static func fold(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            var value = scalar.value
            switch value {
            case 0xFF01...0xFF5E: value -= 0xFEE0
            case 0x3000: value = 0x20
            case 0x2018, 0x2019: value = 0x27
            default: break
            }
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            let isSpace = value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D
            if isSpace {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(value)
                lastWasSpace = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    /// Runs of ASCII letters, digits and apostrophes.
    static func words(_ scalars: [UInt32]) -> [ArraySlice<UInt32>] {
        var result: [ArraySlice<UInt32>] = []
        var start: Int?
        for (index, value) in scalars.enumerated() {
            let inWord = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x27
            if inWord {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(scalars[begin..<index])
                start = nil
            }
        }
        if let begin = start { result.append(scalars[begin...]) }
        return result
    }

    @inline(__always) static func seed(_ kind: UInt64) -> UInt64 { (0xCBF2_9CE4_8422_2325 ^ kind) &* 0x0000_0100_0000_01B3 }

    @inline(__always) static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var h = hash
        var v = value
        for _ in 0..<4 {
            h = (h ^ UInt64(v & 0xFF)) &* 0x0000_0100_0000_01B3
            v >>= 8
        }
        return h
    }

    @inline(__always) static func combine(_ hash: UInt64, _ other: UInt64) -> UInt64 {
        var h = hash
        var v = other
        for _ in 0..<8 {
            h = (h ^ (v & 0xFF)) &* 0x0000_0100_0000_01B3
            v >>= 8
        }
        return h
    }

    @inline(__always) static func bucket(_ hash: UInt64) -> Int32 {
        Int32(truncatingIfNeeded: (hash ^ (hash >> 29)) & UInt64(buckets - 1))
    }
}
