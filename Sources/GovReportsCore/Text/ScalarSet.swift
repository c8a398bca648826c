/// A set of Unicode scalars answered by one bit test for the Basic Multilingual Plane: character classes on hot
/// paths (`Set<Unicode.Scalar>.contains` hashed every scalar it was asked about, a tenth of extract time).
struct ScalarSet: Sendable {
    /// One bit per BMP scalar up to the largest member's.
    private let bits: [UInt64]
    /// Members outside the BMP (rare).
    private let astral: Set<Unicode.Scalar>

    /// A set of the given scalars.
    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var words: [UInt64] = []
        var astral: Set<Unicode.Scalar> = []
        for s in scalars {
            let v = Int(s.value)
            guard v < 0x10000 else {
                astral.insert(s)
                continue
            }
            if words.count <= v >> 6 { words += Array(repeating: 0, count: (v >> 6) + 1 - words.count) }
            words[v >> 6] |= 1 << UInt64(v & 63)
        }
        bits = words
        self.astral = astral
    }

    /// A set of the scalars with the given values (each a valid scalar value).
    init(values: [UInt32]) {
        self.init(values.map { Unicode.Scalar($0)! })
    }

    /// Whether the scalar with value `v` is a member (for scanners that hold raw values).
    @inline(__always)
    func contains(value v: UInt32) -> Bool {
        let word = Int(v >> 6)
        if word < bits.count { return bits[word] & (1 << UInt64(v & 63)) != 0 }
        return v >= 0x10000 && !astral.isEmpty && Unicode.Scalar(v).map { astral.contains($0) } == true
    }

    /// Whether `s` is a member.
    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value)
        let word = v >> 6
        if word < bits.count { return bits[word] & (1 << UInt64(v & 63)) != 0 }
        return v >= 0x10000 && !astral.isEmpty && astral.contains(s)
    }
}
