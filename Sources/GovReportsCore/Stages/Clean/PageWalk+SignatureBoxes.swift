/// Signature boxes beside the body: old templates close the editor box (`<div id="zoom">`) and print the signing
/// agency and date in a right-aligned box of their own after it, so neither the container nor the density choice
/// takes it and the signature was lost without a word. A following box that holds only a signature (short agency
/// lines over a written date, no links), or a run of such boxes a line each, is body too.
extension PageWalk {
    /// Most lines a signature box may hold: one or more signers and the date.
    static let maxSignatureLines = 4
    /// Longest signer line, in Unicode scalars (`中共某某县委员会全面依法治县委员会办公室` fits).
    static let maxSignerLine = 30
    /// Scalars that make a line no signer: sentence and field punctuation (`来源：`, `。`) and the digits a name does
    /// not hold (a phone number, a copyright year, a counter).
    static let nonSignerScalars: Set<Unicode.Scalar> = Set("。，；！？,;:：!?0123456789".unicodeScalars)

    /// Whether element `root` holds a signature only (`isSignature` of its lines). A dated line with a label
    /// (`发布日期：…`), a numeric date (`2024-01-24`), a footer or a list of links is no signature.
    func holdsSignature(_ root: Int) -> Bool {
        signatureLines(root).map(Self.isSignature) ?? false
    }

    /// The elements from `first` on, up to the last element of the parent whose subtree ends at `end`, that hold
    /// one signature between them, each a line or two (`<p align="right">某县司法局</p><p align="right">2024年…</p>`);
    /// nil when the next elements with text are no such run.
    func signatureRun(from first: Int, end: Int) -> [Int]? {
        var lines: [String] = []
        var run: [Int] = []
        var k = first
        while k <= end, run.count < Self.maxSignatureLines {
            if stats[k].weight > 0 {
                guard !stats[k].isChrome, let more = signatureLines(k) else { return nil }
                lines += more
                run.append(k)
                guard lines.count <= Self.maxSignatureLines else { return nil }
                if Self.isSignature(lines) { return run }
            }
            k = Int(stats[k].lastDescendant) + 1
        }
        return nil
    }

    /// Whether `lines` are a signature: at least one signer line (short, no punctuation or digits, ending like an
    /// agency: `AgencyEnding`), then a last line that is one written date (`2024年1月24日`,
    /// `二〇二四年一月二十四日`), at most `maxSignatureLines` lines.
    static func isSignature(_ lines: [String]) -> Bool {
        guard lines.count >= 2, lines.count <= maxSignatureLines, let last = lines.last else { return false }
        let date = Array(last.unicodeScalars)
        guard let (_, next) = ChineseDate.parse(date, at: 0, end: date.count), next == date.count else { return false }
        return lines.dropLast().allSatisfy { signer in
            let a = Array(signer.unicodeScalars)
            return a.count <= maxSignerLine && !a.contains(where: nonSignerScalars.contains)
                && AgencyEnding.ends(a)
        }
    }

    /// The lines of element `root`, or nil when it holds link text or more than `maxSignatureLines` lines.
    func signatureLines(_ root: Int) -> [String]? {
        var lines: [String] = []
        var linked = false
        forEachBoxLine(root) { text, anyLink, _ in
            if anyLink {
                linked = true
                return false
            }
            lines.append(text)
            return lines.count <= Self.maxSignatureLines
        }
        return linked || lines.count > Self.maxSignatureLines ? nil : lines
    }
}
