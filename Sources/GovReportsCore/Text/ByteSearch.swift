/// Literal byte-substring search over UTF-8, shared by clean's attribute and line checks and extract's keyword rules.
enum ByteSearch {
    /// Whether `needle` occurs in `hay`; an empty needle never does (as with Foundation's `contains`).
    static func contains(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return false }
        var i = 0
        let end = hay.count - needle.count
        while i <= end {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
