/// A dataset table's columns and keys; drives CSV headers, SQLite DDL and `datapackage.json` alike.
public struct TableSchema: Sendable {
    /// Table name (file stem and SQLite table).
    public var name: String
    /// What one row is.
    public var description: String
    /// Columns in order.
    public var columns: [Column]
    /// Primary key columns.
    public var primaryKey: [String]
    /// Foreign keys: local column → (table, column).
    public var foreignKeys: [(column: String, table: String, reference: String)]

    /// Creates a schema.
    public init(name: String, description: String, columns: [Column], primaryKey: [String],
                foreignKeys: [(column: String, table: String, reference: String)] = []) {
        self.name = name
        self.description = description
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }
}
