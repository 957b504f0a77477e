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
}
