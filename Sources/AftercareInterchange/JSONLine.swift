import UntrustedScalars
import AftercareCore
import Foundation

// A small, strict JSON reader and a canonical JSON writer for the interchange format.
//
// Why not JSONSerialization/JSONDecoder: one interchange line is parsed and validated field by
// field with a reason per bad line, and a 3M-line import has to run at tens of thousands of lines a
// second. A byte-level parser over the line's UTF-8 gives exact error positions, rejects duplicate
// keys, keeps integers exact (money is never a float) and is several times faster than going
// through `Any`.

/// One parsed JSON value. Objects keep their keys in file order (they are small).
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// An integer that fits in Int64.
    case integer(Int64)
    /// Any other number (fraction, exponent, out of range), kept as written for error messages.
    case otherNumber(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The value as a short piece of text for error messages.
    var snippet: String {
        switch self {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .integer(i): return String(i)
        case let .otherNumber(s): return s
        case let .string(s): return s.count > 40 ? "\"" + s.prefix(40) + "…\"" : "\"" + s + "\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

struct JSONObject: Sendable {
    var keys: [String] = []
    var values: [JSONValue] = []
}

struct JSONSyntaxError: Error {
    var message: String
    /// 0-based byte offset in the line.
    var offset: Int
}

/// Parses one JSON text from UTF-8 bytes; trailing whitespace only.
struct JSONByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONByteParser(bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, offset: index) }

    @inline(__always) mutating func skipWhitespace() {
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 } else { return }
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of line") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character '\(Self.describe(bytes[index]))'")
        }
    }

    static func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of line") }
        let w = word.utf8Start
        for i in 0..<count where bytes[index + i] != w[i] { throw error("unexpected character '\(Self.describe(bytes[index]))'") }
        index += count
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > 32 { throw error("nesting deeper than 32 levels") }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONObject {
        try enter()
        index += 1
        var object = JSONObject()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return object
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of line inside an object") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let keyStart = index
            let key = try parseString()
            for existing in object.keys where existing == key {
                index = keyStart
                throw error("duplicate key \"\(key)\"")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            object.keys.append(key)
            object.values.append(value)
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of line inside an object") }
            let b = bytes[index]
            index += 1
            if b == UInt8(ascii: ",") { continue }
            if b == UInt8(ascii: "}") { break }
            index -= 1
            throw error("expected ',' or '}'")
        }
        depth -= 1
        return object
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of line inside an array") }
            let b = bytes[index]
            index += 1
            if b == UInt8(ascii: ",") { continue }
            if b == UInt8(ascii: "]") { break }
            index -= 1
            throw error("expected ',' or ']'")
        }
        depth -= 1
        return .array(items)
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { throw error("invalid number") }
        var value: Int64 = 0
        var overflow = false
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { throw error("number with a leading zero") }
        } else {
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                let digit = Int64(bytes[index] - 0x30)
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
                if o1 || o2 { overflow = true } else { value = s }
                index += 1
            }
        }
        var integral = !overflow
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            integral = false
            index += 1
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { throw error("invalid number") }
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            integral = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { throw error("invalid number") }
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
        if integral { return .integer(value) }
        return .otherNumber(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard Self.isValidUTF8(slice) else {
                    index = start
                    throw error("invalid UTF-8 in a string")
                }
                return String(decoding: slice, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error("control character in a string (write it as an escape)") }
            index += 1
        }
        guard index < bytes.count else { throw error("unterminated string") }
        // Slow path with escapes.
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                guard out.withUnsafeBufferPointer(Self.isValidUTF8) else {
                    index = start
                    throw error("invalid UTF-8 in a string")
                }
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw error("control character in a string (write it as an escape)") }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { throw error("unterminated string") }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw error("unpaired surrogate in a \\u escape")
                    }
                    index += 2
                    let low = try parseHex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw error("unpaired surrogate in a \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw error("unpaired surrogate in a \\u escape")
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                out.append(contentsOf: UTF8.encode(u)!)
            default:
                index -= 1
                throw error("invalid escape '\\\(Self.describe(e))'")
            }
        }
        throw error("unterminated string")
    }

    /// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            if c >= 0xC2 && c <= 0xDF {
                guard cont(1) else { return false }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }
                if c == 0xED && c1 >= 0xA0 { return false }
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }
                if c == 0xF4 && c1 >= 0x90 { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw error("invalid \\u escape")
            }
            v = v << 4 | d
            index += 1
        }
        return v
    }
}

/// JSON text built into a byte buffer: the interchange's canonical lines (whose callers emit keys
/// in sorted byte order themselves) and the store's JSON columns. Hand-written because seeding and
/// export encode millions of records and `JSONEncoder` costs tens of microseconds a call.
public struct JSONLineWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key needs a comma before it, one flag per open object/array.
    private var needsComma: [Bool] = []

    public init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma.removeLast()
    }

    public mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma.removeLast()
    }

    /// Before an array element.
    public mutating func element() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) } else { needsComma[needsComma.count - 1] = true }
    }

    public mutating func key(_ key: StaticString) {
        element()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        stringValue(value)
    }

    public mutating func int(_ key: StaticString, _ value: Int64) {
        self.key(key)
        intValue(value)
    }

    public mutating func bool(_ key: StaticString, _ value: Bool) {
        self.key(key)
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    public mutating func date(_ key: StaticString, _ value: Date) {
        self.key(key)
        bytes.append(UInt8(ascii: "\""))
        InterchangeDate.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func intValue(_ value: Int64) {
        if value == 0 {
            bytes.append(0x30)
            return
        }
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            }
            var i = count - 1
            while i >= 0 {
                bytes.append(buffer[i])
                i -= 1
            }
        }
    }

    /// A JSON string. Besides what JSON requires (quote, backslash, C0 controls), every scalar
    /// that can act on a terminal or hide itself (`UntrustedScalars.mustEscapeInJSON`: DEL, C1,
    /// bidi and zero-width characters, line separators) is written as `\uXXXX`, so an export or
    /// `--json` output printed in a terminal is inert and shows what is there.
    public mutating func stringValue(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                if b < 0x80 {
                    if b == 0x22 || b == 0x5C || b < 0x20 || b == 0x7F {
                        if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                        switch b {
                        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                        default: appendEscape(UInt32(b))
                        }
                        runStart = i + 1
                    }
                    i += 1
                    continue
                }
                // Lead bytes E4–EE start U+4000–U+EFFF (CJK, Hangul): nothing there is escaped.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                if b >= 0xE4 && b <= 0xEE || i + length > utf8.count {
                    i += length
                    continue
                }
                var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { scalar = scalar << 6 | UInt32(utf8[i + k] & 0x3F) }
                if UntrustedScalars.mustEscapeInJSON(scalar) {
                    if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                    appendEscape(scalar)
                    runStart = i + length
                }
                i += length
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX`, as a surrogate pair above U+FFFF.
    private mutating func appendEscape(_ scalar: UInt32) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        func unit(_ u: UInt32) {
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), hex[Int(u >> 12 & 0xF)], hex[Int(u >> 8 & 0xF)],
                                      hex[Int(u >> 4 & 0xF)], hex[Int(u & 0xF)]])
        }
        if scalar > 0xFFFF {
            let v = scalar - 0x10000
            unit(0xD800 + (v >> 10))
            unit(0xDC00 + (v & 0x3FF))
        } else {
            unit(scalar)
        }
    }
}

extension JSONLineWriter {
    /// JSON text made by another encoder (Foundation's `JSONEncoder`) with the same escapes
    /// `stringValue` writes: such scalars can only stand inside its strings, so escaping them
    /// wherever they are keeps the text valid and equal in meaning.
    public static func escapingUntrustedScalars(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && UntrustedScalars.mustEscapeInJSON($0.value) }) else { return json }
        var writer = JSONLineWriter()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F && UntrustedScalars.mustEscapeInJSON(scalar.value) {
                writer.appendEscape(scalar.value)
            } else {
                UTF8.encode(scalar) { writer.bytes.append($0) }
            }
        }
        return writer.string
    }
}

/// The interchange date format: `2026-11-22T09:30:00Z` (UTC, whole seconds). Hand-written, because
/// DateFormatter/ISO8601FormatStyle cost microseconds a call and an import formats millions.
public enum InterchangeDate {
    /// Formats a date as `YYYY-MM-DDTHH:MM:SSZ`; sub-second parts are dropped (rounded down).
    public static func string(from date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`, with optional fractional seconds.
    public static func date(from string: String) -> Date? {
        var s = string
        return s.withUTF8 { parse($0) }
    }

    static func append(_ date: Date, to bytes: inout [UInt8]) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var rem = seconds % 86_400
        if rem < 0 {
            rem += 86_400
            days -= 1
        }
        let (y, m, d) = CivilDate.civil(fromDays: days)
        func two(_ v: Int64) {
            bytes.append(UInt8(v / 10) + 0x30)
            bytes.append(UInt8(v % 10) + 0x30)
        }
        let year = max(0, min(9999, y))
        two(year / 100)
        two(year % 100)
        bytes.append(UInt8(ascii: "-"))
        two(m)
        bytes.append(UInt8(ascii: "-"))
        two(d)
        bytes.append(UInt8(ascii: "T"))
        two(rem / 3600)
        bytes.append(UInt8(ascii: ":"))
        two(rem / 60 % 60)
        bytes.append(UInt8(ascii: ":"))
        two(rem % 60)
        bytes.append(UInt8(ascii: "Z"))
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count >= 20 else { return nil }
        func digits(_ at: Int, _ count: Int) -> Int64? {
            var v: Int64 = 0
            for i in at..<(at + count) {
                let c = b[i]
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int64(c - 0x30)
            }
            return v
        }
        guard let year = digits(0, 4), b[4] == UInt8(ascii: "-"), let month = digits(5, 2), b[7] == UInt8(ascii: "-"),
              let day = digits(8, 2), b[10] == UInt8(ascii: "T"), let hour = digits(11, 2), b[13] == UInt8(ascii: ":"),
              let minute = digits(14, 2), b[16] == UInt8(ascii: ":"), let second = digits(17, 2)
        else { return nil }
        guard year >= 1970, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var i = 19
        var fraction = 0.0
        if b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                fraction += Double(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        var offset: Int64 = 0
        if b[i] == UInt8(ascii: "Z") {
            i += 1
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard i + 6 == b.count, let oh = digits(i + 1, 2), b[i + 3] == UInt8(ascii: ":"), let om = digits(i + 4, 2),
                  oh < 24, om < 60
            else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let epoch = CivilDate.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(epoch) + fraction)
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
