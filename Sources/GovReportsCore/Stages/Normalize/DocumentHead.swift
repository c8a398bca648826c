import Foundation

/// The furniture printed above an official document's (公文's) title: a red-header masthead (`某县人民政府文件`,
/// or issuer lines over a line `文件`), urgency and secrecy marks, and the document number, alone or sharing its
/// line with the signer (`某政报〔2025〕4号　签发人：某某`). None of it is title text.
enum DocumentHead {
    /// Most leading lines scanned for furniture: up to three joint issuers, the masthead word, a mark and the number.
    static let linesMax = 6
    /// The word that closes a red-header masthead (`…人民政府文件`).
    static let mastheadWord = "文件"
    /// Longest masthead or issuer line, in scalars without spaces (three joint issuers).
    static let issuerLineMaxLength = 48
    /// Shortest issuer name, in scalars (`某局` is too short to tell from a phrase; `某县委` is not).
    static let issuerMinLength = 3
    /// Labels of the signer printed beside an upward report's number (`签发人：某某`).
    static let signerLabels = ["签发人"]
    /// Longest signer text after its label, in scalars (two or three names).
    static let signerMaxLength = 16

    /// Agency endings of the bundled metadata rules, longest first.
    static let agencySuffixes: [String] = ((try? MetadataRules.bundled())?.agencySuffixes ?? [])
        .sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
    /// Characters that never occur in an issuer line: sentence and list punctuation, particles (not 和, which joins
    /// words inside one name: `发展和改革委员会`).
    static let issuerForbidden = Set("。，,；;：:！？、（）()《》“”\"关于的在对为将把从由按据以即".unicodeScalars)

    /// How many leading lines are furniture. Issuer lines count only when a masthead word or a document number
    /// follows them: `某县人民政府` right above `关于…的报告` is the title's first line, not a masthead.
    static func furnitureCount(_ lines: [String]) -> Int {
        var count = 0
        for (i, line) in lines.prefix(linesMax).enumerated() {
            if number(in: line) != nil || TitleMerger.isHeadMark(line) || isMasthead(line) {
                count = i + 1
            } else if !isIssuerLine(line) {
                break
            }
        }
        return count
    }

    /// Whether a line is part of a head's furniture on its own (number, mark or masthead): never title text.
    static func isFurniture(_ line: String) -> Bool {
        number(in: line) != nil || TitleMerger.isHeadMark(line) || isMasthead(line)
    }

    /// The document number of a line that is one number, or one number followed by a signer
    /// (`某政报〔2025〕4号　签发人：某某`), as written; nil otherwise.
    static func number(in line: String) -> String? {
        // Every number ends with 号: a line without one (almost every line asked) is no number, before any
        // Foundation search for the signer labels.
        guard line.unicodeScalars.contains("号") else { return nil }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if TitleMerger.isDocumentNumber(trimmed) { return trimmed }
        for label in signerLabels {
            guard let r = trimmed.range(of: label) else { continue }
            let head = trimmed[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let signer = trimmed[r.upperBound...].unicodeScalars.drop { $0 == ":" || $0 == "：" || isSpace($0) }
            guard !signer.isEmpty, signer.count <= signerMaxLength,
                  !signer.contains(where: { issuerForbidden.contains($0) && $0 != "、" }),
                  TitleMerger.isDocumentNumber(head) else { continue }
            return head
        }
        return nil
    }

    /// Whether a line is a red-header masthead: the masthead word alone, or issuer names ending with it
    /// (`某县人民政府文件`, `中共某县委办公室 某县人民政府办公室文件`).
    static func isMasthead(_ line: String) -> Bool {
        // The word may be letter-spaced (`文 件`) as it is typeset wide on the red header.
        var a = Array(line.unicodeScalars)
        for scalar in mastheadWord.unicodeScalars.reversed() {
            while let last = a.last, isSpace(last) { a.removeLast() }
            guard a.last == scalar else { return false }
            a.removeLast()
        }
        let names = String(String.UnicodeScalarView(a)).trimmingCharacters(in: .whitespaces)
        return names.isEmpty || isIssuerLine(names)
    }

    /// Whether a scalar is an ASCII, ideographic or other space.
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" || s.properties.isWhitespace }

    /// Whether a scalar is a digit, ASCII or full-width.
    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || ("０"..."９").contains(s) }

    /// Whether a line is one issuer name or several side by side (space-separated), each ending with an agency
    /// suffix, with no digits, punctuation or particles: the lines of a joint masthead.
    static func isIssuerLine(_ line: String) -> Bool {
        let names = line.unicodeScalars.split(whereSeparator: isSpace).map { String(String.UnicodeScalarView($0)) }
        guard !names.isEmpty, names.reduce(0, { $0 + $1.unicodeScalars.count }) <= issuerLineMaxLength else { return false }
        return names.allSatisfy { name in
            name.unicodeScalars.count >= issuerMinLength
                && !name.unicodeScalars.contains { issuerForbidden.contains($0) || isDigit($0) }
                && agencySuffixes.contains { name.hasSuffix($0) }
        }
    }
}
