/// Derives the stable `doc_id` of a source: the same source string always gives the same id.
public enum DocumentID {
    /// 16 hex digits of SHA-256 over the source (relative path or URL); collisions are negligible at corpus scale.
    public static func make(source: String) -> String {
        String(Digest.sha256(source).prefix(16))
    }
}
