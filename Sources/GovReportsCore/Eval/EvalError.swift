/// Problems with the gold data or documents given to `eval`.
public enum EvalError: Error, CustomStringConvertible {
    /// A gold line that does not decode.
    case badGold(path: String, line: Int, reason: String)
    /// The documents folder is missing or empty.
    case noDocuments(path: String)

    /// A diagnostic naming the file.
    public var description: String {
        switch self {
        case .badGold(let path, let line, let reason): return "\(path):\(line): cannot read gold entry (\(reason))"
        case .noDocuments(let path): return "\(path): no documents to evaluate"
        }
    }
}
