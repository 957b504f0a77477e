import GRDB

/// A query's columns as an enum whose cases are in SELECT order: code reads a row by the column's
/// name (`row[TicketColumn.subject]`), the program by its index, which costs nothing on the
/// inbox's hot path (a lookup by name string does). The SELECT list is made from the same enum,
/// so the two can never drift apart.
protocol SelectedColumns: RawRepresentable, CaseIterable where RawValue == Int, AllCases == [Self] {
    /// The column's SQL expression in the SELECT list.
    var expression: String { get }
}

extension SelectedColumns {
    /// "t.id, t.external_id, …"
    static var selectList: String { allCases.map(\.expression).joined(separator: ", ") }
}

extension Row {
    subscript<Column: SelectedColumns, Value: DatabaseValueConvertible>(_ column: Column) -> Value {
        self[column.rawValue]
    }

    /// A stored number held within `bounds` (`SaneBounds`): imports keep values inside them, but a
    /// store edited by hand may hold anything, even a real number, and arithmetic on it must not trap.
    subscript<Column: SelectedColumns>(_ column: Column, within bounds: ClosedRange<Int64>) -> Int64 {
        switch (self[column.rawValue] as DatabaseValue).storage {
        case let .int64(value): bounds.clamp(value)
        case let .double(value): bounds.clamp(Int64(saturating: value))
        default: bounds.lowerBound
        }
    }
}
