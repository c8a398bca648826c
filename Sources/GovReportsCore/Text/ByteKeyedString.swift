/// A string hashed and compared by its UTF-8 bytes: the same as `String`'s own `Hashable` for canonically inert
/// strings (`CanonicallyInert`), without its NFC check on every hash.
struct ByteKeyedString: Hashable {
    /// The string.
    let string: String

    /// Byte equality.
    static func == (a: ByteKeyedString, b: ByteKeyedString) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    /// Hashes the bytes.
    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
