/// A coding key for any string, used to list the keys a JSON object actually has.
struct AnyCodingKey: CodingKey {
    /// The key's name.
    var stringValue: String
    /// Array index when the key stands for one.
    var intValue: Int?

    /// Creates a key from a name.
    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    /// Creates a key from an array index.
    init(intValue: Int) {
        self.stringValue = "[\(intValue)]"
        self.intValue = intValue
    }
}
