/// One column of a dataset table: name, type and what it means.
public struct Column: Sendable, Equatable {
    /// Column name.
    public var name: String
    /// Field type.
    public var type: ColumnType
    /// What the column holds, for the codebook and datapackage.
    public var description: String

    /// Creates a column.
    public init(_ name: String, _ type: ColumnType, _ description: String) {
        self.name = name
        self.type = type
        self.description = description
    }
}
