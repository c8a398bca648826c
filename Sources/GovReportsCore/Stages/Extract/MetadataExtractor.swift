/// Finds title, agency, region (with GB/T 2260 code), report year and dates of one report.
public struct MetadataExtractor: Sendable {
    /// The division table shared by every document.
    public let divisions: DivisionTable
    /// Word lists.
    public let rules: MetadataRules
    /// Agency name recognizer built from `rules`.
    private let agencies: AgencyFinder
    /// Place name scanner and resolver.
    private let resolver: DivisionResolver
    /// Report-year scanner.
    private let years: ReportYearFinder
    /// Words naming the year before the signing or publication date, as scalars.
    private let previousYearWords: [[Unicode.Scalar]]
    /// Bodies a work report is delivered to, as scalars.
    private let sessionBodies: [[Unicode.Scalar]]
    /// Kinds of report counted by their session's year, as scalars.
    private let sessionReportTitles: [[Unicode.Scalar]]
    /// The general-office suffixes a body's own office adds to its name (`人民政府办公室`).
    private let officeSuffixes: [[Unicode.Scalar]] = [Array("办公室".unicodeScalars), Array("办公厅".unicodeScalars)]
    /// Words after which the reporting body is named, as scalars.
    private let representativeMarkers: [[Unicode.Scalar]]
    /// Relative level prefixes as scalars.
    private let relativeLevels: [Unicode.Scalar: AdminLevel]
    /// Self references as scalar arrays with their level.
    private let selfReferences: [([Unicode.Scalar], AdminLevel)]
    /// Scalars that block a subject reading.
    private let subjectBlockers: ScalarSet
    /// Scalars after which a clause starts.
    private let clauseStarts: ScalarSet

    /// Creates an extractor over a loaded division table and rules; build once, reuse for every document.
    public init(divisions: DivisionTable, rules: MetadataRules) {
        self.divisions = divisions
        self.rules = rules
        agencies = AgencyFinder(rules: rules)
        resolver = DivisionResolver(table: divisions, minimumSupport: rules.minimumInferredSupport,
                                    falseWords: rules.placeNameFalseEndings)
        years = ReportYearFinder(anonymizedMarks: Set(rules.anonymizedYearMarks.unicodeScalars),
                                 referenceBefore: Set((rules.yearReferenceBefore ?? "").unicodeScalars),
                                 referenceAfter: (rules.yearReferenceAfter ?? []).map { Array($0.unicodeScalars) },
                                 citedPlanEndings: (rules.citedPlanEndings ?? []).map { Array($0.unicodeScalars) })
        previousYearWords = (rules.previousYearWords ?? []).map { Array($0.unicodeScalars) }
        sessionBodies = (rules.sessionBodies ?? []).map { Array($0.unicodeScalars) }
        sessionReportTitles = (rules.sessionReportTitles ?? []).map { Array($0.unicodeScalars) }
        representativeMarkers = (rules.representativeMarkers ?? []).map { Array($0.unicodeScalars) }
        var levels: [Unicode.Scalar: AdminLevel] = [:]
        for (key, level) in rules.relativeLevels where key.unicodeScalars.count == 1 {
            levels[key.unicodeScalars.first!] = level
        }
        relativeLevels = levels
        selfReferences = rules.selfReferences.map { (Array($0.key.unicodeScalars), $0.value) }
        subjectBlockers = ScalarSet(rules.subjectBlockers.unicodeScalars)
        clauseStarts = ScalarSet(rules.clauseStarts.unicodeScalars)
    }

    /// The extractor over the bundled division table and rules (both parsed once per process).
    public static func bundled() throws -> MetadataExtractor {
        MetadataExtractor(divisions: try DivisionTable.bundled(), rules: try MetadataRules.bundled())
    }


    /// Extracts metadata from the normalized document and its sections; appends diagnostics to `diagnostics`.
    public func extract(_ document: NormalizedDocument, sections: [SectionRecord],
                        diagnostics: inout [Diagnostic]) -> DocumentMetadata {
        extract(document, scalars: Array(document.text.unicodeScalars), sections: sections, diagnostics: &diagnostics)
    }

    /// The same with the text's scalars, which the caller already holds.
    public func extract(_ document: NormalizedDocument, scalars a: [Unicode.Scalar], sections: [SectionRecord],
                        diagnostics: inout [Diagnostic]) -> DocumentMetadata {
        var meta = DocumentMetadata(title: document.title, published: document.page.published)
        meta.indexNo = document.page.indexNo
        meta.issuer = document.page.issuer
        meta.docNumber = document.page.docNumber ?? HeadDocumentNumber.find(in: document.text)
        meta.written = document.page.written
        meta.subjectTerms = document.page.subjectTerms
        let lines = TextLine.lines(in: a)
        let signature = Signature.find(in: a, lines: lines, window: rules.signatureWindow) {
            isSignatureAgency(a, start: $0, end: $1)
        } ?? Signature.underTitle(in: a, lines: lines, window: rules.issuerBlockWindow ?? 0) {
            isSignatureAgency(a, start: $0, end: $1)
        }
        let session = SessionLine.find(in: a, lines: lines, window: rules.sessionWindow ?? 0,
                                       maxLength: rules.sessionLineMaxLength ?? 0, bodies: sessionBodies)
        meta.signed = signature?.date.iso
        if let signature, let first = signature.agency, !signature.coSigners.isEmpty {
            let others = signature.coSigners.map { ScalarString.make(a[$0]) }.joined(separator: "、")
            diagnostics.append(Diagnostic(.agencyJoint, stage: .extract,
                                          "joint signature: \(ScalarString.make(a[first])) with \(others); the first named is the agency"))
        }

        // Agency candidates, strongest source first.
        var candidates: [[Unicode.Scalar]] = []
        if let range = signature?.agency { candidates.append(Array(a[range])) }
        // The page's own title stands in when normalize found no title line in the text.
        let titleText = document.title ?? document.page.articleTitle ?? document.page.htmlTitle ?? ""
        // Rules read the title's rule view (full-width punctuation folded), as they read the body's.
        let titleScalars = Self.ruleScalars(titleText)
        if let name = titleAgency(titleScalars) { candidates.append(name) }
        if let represented = representedAgency(a, lines: lines) { candidates.append(represented) }
        if let subject = bodySubject(a, lines: lines) { candidates.append(subject) }
        let label = Array((document.page.sourceLabel ?? "").unicodeScalars)
        if isWholeAgency(label, start: 0, end: label.count) { candidates.append(label) }
        // The page's 发布机构 may be the site that reposted the report, so it stands in only when the text, the
        // title and the source label name no body at all.
        let issuer = Self.ruleScalars(document.page.issuer ?? "")
        if candidates.isEmpty, isWholeAgency(issuer, start: 0, end: issuer.count) {
            candidates.append(issuer)
            diagnostics.append(Diagnostic(.agencyFromPage, stage: .extract, severity: .info,
                                          "agency taken from the page's issuer field (发布机构), not from the report's text"))
        }

        // A government's report signed by its general office (`某区人民政府` in the title, `某区人民政府办公室` under
        // the text): the office compiled it, the title says whose report it is.
        if let signed = signature?.agency.map({ Array(a[$0]) }), let titled = titleAgency(titleScalars),
           signed.count > titled.count, signed.prefix(titled.count).elementsEqual(titled),
           officeSuffixes.contains(where: { signed.dropFirst(titled.count).elementsEqual($0) }) {
            candidates.removeAll { $0 == signed }
            candidates.insert(titled, at: 0)
        }
        let placed = candidates.first { placeChain($0) != nil }
        var agency = placed ?? candidates.first { relativeLevel(of: $0) != nil } ?? candidates.first
        // The same body written out in full elsewhere (`福州市鼓楼区司法局` in the title, `鼓楼区司法局` under the
        // signature) is the better name: it carries the parent division that disambiguates it.
        if let chosen = agency,
           let fuller = candidates.first(where: { $0.count > chosen.count && $0.suffix(chosen.count).elementsEqual(chosen) }) {
            agency = fuller
        }
        // The site's own name (`标题 - 栏目 - 襄阳市樊城区人民政府`) may be that fuller name: a government's page
        // written `樊城区人民政府` in its headline carries its prefecture in the site name.
        let site = Self.ruleScalars(document.page.siteName ?? "")
        if let chosen = agency, site.count > chosen.count, site.suffix(chosen.count).elementsEqual(chosen),
           placeChain(chosen) != nil, isWholeAgency(site, start: 0, end: site.count),
           // Only places stand before the agency's own name: the site is the same body, not another one.
           (leadingPlaceEnd(site, from: 0, end: site.count) ?? 0) >= site.count - chosen.count {
            agency = site
        }

        // Evidence from the whole text (title and body) for homonyms and for agencies without a place.
        let bodyMentions = resolver.mentions(in: a, from: 0, to: a.count)
        var support = resolver.support(of: bodyMentions)
        for (row, n) in resolver.support(of: resolver.mentions(in: titleScalars, from: 0, to: titleScalars.count)) {
            support[row, default: 0] += n
        }
        // The session line names the government that reports: its places count as enough evidence on their own.
        if let session {
            let named = resolver.mentions(in: a, from: session.range.lowerBound, to: session.range.upperBound)
            for (row, n) in resolver.support(of: named) { support[row, default: 0] += n * rules.minimumInferredSupport }
        }

        var region: RegionResolution?
        // Whether the session line placed the report: then a relative name is the session's own government.
        var placedBySession = false
        if let agency, let chain = placeChain(agency) {
            region = resolver.resolveAgency(chain.last!, support: support, diagnostics: &diagnostics)
        } else if let start = titlePlaceStart(titleScalars),
                  let chain = placeChain(Array(titleScalars[start...])) {
            region = resolver.resolveAgency(chain.last!, support: support, diagnostics: &diagnostics)
        } else if let session, let chain = placeChain(Array(a[session.range])) {
            region = resolver.resolveAgency(chain.last!, support: support, diagnostics: &diagnostics)
            placedBySession = true
        } else {
            let level = agency.flatMap(relativeLevel(of:)) ?? dominantSelfReference(a)
            region = resolver.infer(support: support, agencyLevel: level, diagnostics: &diagnostics)
            if region != nil { diagnostics.append(Diagnostic(.regionInferred, stage: .extract, severity: .info,
                                                              "region inferred from place names in the text, not from the agency name")) }
        }

        // A relative name (`市民政局`) takes the resolved name of its level.
        if let current = agency, placeChain(current) == nil, let level = relativeLevel(of: current), let region {
            let name: String?
            switch level {
            case .province: name = region.province
            case .prefecture: name = region.city
            case .county: name = region.county.map { writtenWithCity($0, city: region.city, in: a) }
            case .national: name = nil
            }
            // `市人民政府` speaking at 龙泉市's congress is 龙泉市's government, though 市 usually means a prefecture.
            let own = [region.county.map { writtenWithCity($0, city: region.city, in: a) }, region.city, region.province]
                .compactMap { $0 }.first
            // With a session line the speaker is that congress's government, wherever the region was read.
            if placedBySession || session != nil, let own, own.unicodeScalars.last == current.first {
                agency = Array(own.unicodeScalars) + current.dropFirst()
            } else if let name { agency = Array(name.unicodeScalars) + current.dropFirst() }
        }

        meta.agency = agency.map { ScalarString.make($0) }
        if let zone = region?.zone {
            diagnostics.append(Diagnostic(.regionZone, stage: .extract, severity: .info,
                                          "\(zone) is a functional zone without a division code; code of the division it lies in"))
        }
        if let region {
            meta.province = region.province
            meta.city = region.city
            meta.county = region.county
            meta.divisionCode = region.code
            meta.adminLevel = region.level
        } else if let agency, isNational(agency) {
            meta.adminLevel = .national
        }
        // A relative name tells the body's own level even when its division is only partly known
        // (`区民政局` in a text that names only 广东省 is a county-level body).
        if let agency, let relative = relativeLevel(of: agency) {
            let isMunicipality = region?.level == .province && region?.province != nil && region?.city == region?.province
            meta.adminLevel = relative == .prefecture && isMunicipality ? .province : relative
        }
        if meta.title == nil { diagnostics.append(Diagnostic(.titleMissing, stage: .extract,
                                                              "no title found (no headline, meta title, <title> or title line)")) }
        if meta.agency == nil { diagnostics.append(Diagnostic(.agencyMissing, stage: .extract,
                                                               "no issuing agency found (no signature, title or subject naming one)")) }

        meta.reportYear = reportYear(titleScalars, a, lines: lines, sections: sections, signed: signature?.date,
                                     published: document.page.published, session: session, diagnostics: &diagnostics)
        return meta
    }

    /// The agency a title opens with, possibly after a leading year (`2022年度厦门市海沧区民政局…`).
    private func titleAgency(_ title: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        if let e = agencyEnd(title, from: 0, end: title.count) {
            return endsInsideReportKind(title, start: 0, end: e) ? nil : Array(title[0..<e])
        }
        guard let start = titlePlaceStart(title), start > 0,
              let e = agencyEnd(title, from: start, end: title.count),
              !endsInsideReportKind(title, start: start, end: e) else { return nil }
        return Array(title[start..<e])
    }

    /// Whether the agency found in `title[start..<end]` (a title or a text line) ends inside a session report's kind (`浏阳市政府工作报告`:
    /// the 政府 of 政府工作报告 names the kind, not an agency called 浏阳市政府).
    private func endsInsideReportKind(_ title: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        for kind in sessionReportTitles {
            var p = max(start + 1, end - kind.count + 1)
            while p < end {
                if AgencyFinder.has(kind, in: title, at: p, end: title.count) { return true }
                p += 1
            }
        }
        return false
    }

    /// Offset of the first division name in a title's first half (where the issuing body is named), or nil.
    private func titlePlaceStart(_ title: [Unicode.Scalar]) -> Int? {
        let limit = max(title.count / 2, min(title.count, 12))
        return resolver.mentions(in: title, from: 0, to: title.count, shortAllowedAt: 0).first.map(\.start)
            .flatMap { $0 < limit ? $0 : nil }
    }

    /// The first run of adjacent place names in a name (`重庆市黔江区` in `重庆市黔江区民政局`,
    /// `厦门市海沧区` in `中共厦门市海沧区委…`, `深圳市` in `国家税务总局深圳市税务局`), or nil.
    private func placeChain(_ name: [Unicode.Scalar]) -> [PlaceMention]? {
        var mentions = resolver.mentions(in: name, from: 0, to: name.count, shortAllowedAt: 0, agencyStart: 0)
        // A body inside a national one may name its place short (`国家金融监督管理总局` + `浙江监管局`).
        if mentions.isEmpty, let e = agencies.nameEnd(in: name, from: 0, end: name.count), e < name.count {
            mentions = resolver.mentions(in: name, from: e, to: name.count, agencyStart: e)
        }
        guard let first = mentions.first else { return nil }
        var chain = [first]
        for m in mentions.dropFirst() {
            guard m.start == chain[chain.count - 1].end else { break }
            chain.append(m)
        }
        // A branch's place after the parent body (`…生态环境局香洲分局`) is the branch's division.
        if let e = agencies.nameEnd(in: name, from: 0, end: name.count), e >= chain[chain.count - 1].end,
           let branch = resolver.branchPlace(in: name, at: e, to: name.count, under: chain[chain.count - 1]) {
            chain.append(branch.mention)
        }
        return chain
    }

    /// End of the agency name at `start`, extended over a following place-and-body
    /// (`国家税务总局` + `深圳市税务局`), or nil.
    private func agencyEnd(_ a: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        guard var e = agencies.nameEnd(in: a, from: start, end: end, placeEnd: leadingPlaceEnd(a, from: start, end: end))
        else { return nil }
        while e < end, resolver.mentions(in: a, from: e, to: min(end, e + 12), agencyStart: e).first?.start == e,
              let next = agencies.nameEnd(in: a, from: e, end: end) {
            e = next
        }
        // A branch named by its place (`珠海市生态环境局` + `香洲分局`): the place must lie inside the parent's.
        if let parent = placeChain(Array(a[start..<e]))?.last,
           let branch = resolver.branchPlace(in: a, at: e, to: end, under: parent) {
            e = branch.end
        }
        return e
    }

    /// End of the run of adjacent division names that opens at `start` (`广州市从化区` in `广州市从化区…局`), or nil when
    /// no division name starts there: the scalars of a place name are not read as words that end an agency's name.
    private func leadingPlaceEnd(_ a: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        var p = start
        for m in resolver.mentions(in: a, from: start, to: min(end, start + rules.agencyMaxLength),
                                   shortAllowedAt: start, agencyStart: start) {
            guard m.start == p else { break }
            p = m.end
        }
        return p > start ? p : nil
    }

    /// A header field's or title's scalars in the rule view (full-width punctuation folded), as rules read the body.
    static func ruleScalars(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { Unicode.Scalar(WidthFolder.ruleView($0.value))! }
    }

    /// Whether `a[start..<end]` is exactly one agency name (a signature line, a `来源` label).
    private func isWholeAgency(_ a: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        end - start >= 3 && agencyEnd(a, from: start, end: end) == end
    }

    /// Whether a signature line names one body: one agency name, or a body inside one (`中共某市委` +
    /// `全面依法治市委员会办公室`) that opens with an agency or place name and ends in an agency suffix.
    private func isSignatureAgency(_ a: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        if isWholeAgency(a, start: start, end: end) { return true }
        guard end - start <= rules.agencyMaxLength else { return false }
        let opensWithName = agencies.nameEnd(in: a, from: start, end: end) != nil
            || resolver.mentions(in: a, from: start, to: end, shortAllowedAt: start, agencyStart: start).first?.start == start
        return opensWithName && agencies.endsAsName(a, from: start, end: end)
    }

    /// Level of a relative name such as `市民政局` or `区政府`.
    private func relativeLevel(of name: [Unicode.Scalar]) -> AdminLevel? {
        guard let first = name.first, placeChain(name) == nil else { return nil }
        return relativeLevels[first]
    }

    /// Whether a place-less name is a national body (`国务院办公厅`, `民政部`).
    private func isNational(_ name: [Unicode.Scalar]) -> Bool {
        guard relativeLevel(of: name) == nil, placeChain(name) == nil else { return false }
        let text = ScalarString.make(name)
        return rules.nationalPrefixes.contains { text.hasPrefix($0) } || rules.nationalSuffixes.contains { text.hasSuffix($0) }
    }

    /// The agency that is the grammatical subject of the opening paragraph (`…,市民政局笃学践行…`), not one in `…的指导下`.
    private func bodySubject(_ a: [Unicode.Scalar], lines: [TextLine]) -> [Unicode.Scalar]? {
        for line in lines.prefix(2) {
            var p = line.start
            while p < line.end {
                let atClauseStart = p == line.start || clauseStarts.contains(a[p - 1])
                if atClauseStart, relativeLevels[a[p]] != nil || resolver.mentions(in: a, from: p, to: min(line.end, p + 8), shortAllowedAt: p, agencyStart: p).first?.start == p,
                   let e = agencyEnd(a, from: p, end: line.end),
                   e >= line.end || !subjectBlockers.contains(a[e]),
                   // `区委区政府高度重视` names two bodies at once: neither is the reporting agency.
                   e >= line.end || (relativeLevels[a[e]] == nil && agencies.nameEnd(in: a, from: e, end: line.end) == nil),
                   !endsInsideReportKind(a, start: p, end: e) {
                    return Array(a[p..<e])
                }
                p += 1
            }
        }
        return nil
    }

    /// The body a speaker reports for in the first lines (`我代表县人民政府，向大会报告`), or nil.
    private func representedAgency(_ a: [Unicode.Scalar], lines: [TextLine]) -> [Unicode.Scalar]? {
        for line in lines.prefix(rules.sessionWindow ?? 0) {
            var p = line.start
            while p < line.end {
                if let marker = representativeMarkers.first(where: { AgencyFinder.has($0, in: a, at: p, end: line.end) }),
                   let e = agencyEnd(a, from: p + marker.count, end: line.end) {
                    return Array(a[(p + marker.count)..<e])
                }
                p += 1
            }
        }
        return nil
    }

    /// `county` with its city before it when the text writes them so (`合肥市蜀山区` in a session line): completing
    /// `区人民政府` from it gives the name that tells one 蜀山区 or 鼓楼区 from another, as a fuller written name does.
    private func writtenWithCity(_ county: String, city: String?, in a: [Unicode.Scalar]) -> String {
        guard let city, city != county else { return county }
        let full = Array((city + county).unicodeScalars)
        return AgencyFinder.containsAny([full], in: a, from: 0, to: a.count) ? city + county : county
    }

    /// Majority level of self references (`我市`, `全区`) in the text.
    private func dominantSelfReference(_ a: [Unicode.Scalar]) -> AdminLevel? {
        var counts: [AdminLevel: Int] = [:]
        var i = 0
        while i < a.count {
            if a[i] == "我" || a[i] == "全" {
                for (word, level) in selfReferences where AgencyFinder.has(word, in: a, at: i, end: a.count) {
                    counts[level, default: 0] += 1
                }
            }
            i += 1
        }
        let sorted = counts.sorted { $0.value > $1.value }
        guard let top = sorted.first, top.value >= 2 else { return nil }
        if sorted.count > 1, sorted[1].value == top.value { return nil }
        return top.key
    }

    /// The report year from the title, the opening paragraph, the top-level headings, then the dates.
    private func reportYear(_ title: [Unicode.Scalar], _ a: [Unicode.Scalar], lines: [TextLine], sections: [SectionRecord],
                            signed: ChineseDate?, published: String?, session: SessionLine?,
                            diagnostics: inout [Diagnostic]) -> Int? {
        var anonymized = false
        // A report cannot be about a year after it was signed or published: such a year is a plan year.
        let latest = signed?.year ?? published.flatMap(isoDate)?.year
        /// Returns a stated year (unless after `latest`) and remembers anonymized ones.
        func consider(_ finding: ReportYearFinding) -> Int? {
            switch finding {
            case .year(let y): return y <= (latest ?? y) ? y : nil
            case .anonymized: anonymized = true; return nil
            case .none: return nil
            }
        }
        if let y = consider(years.scan(title, from: 0, to: title.count, outsideTitles: false)) { return y }
        // A work report is counted by the year it is delivered in (`2024年政府工作报告` reviews 2023), so one whose
        // title has no year takes its session's year, not the year its review heading names.
        if let session, AgencyFinder.containsAny(sessionReportTitles, in: title, from: 0, to: title.count) {
            diagnostics.append(Diagnostic(.yearInferred, stage: .extract, severity: .info,
                                          "report year \(session.date.year) is the year the work report was delivered (\(session.date.iso))"))
            return session.date.year
        }
        // The opening paragraph; two lines, since the first may be a salutation (`区委、区政府:`). Outside cited
        // titles first; then inside a cited title, but not a plan's (`对照《2023年工作要点》`), read below.
        for outside in [true, false] {
            for line in lines.prefix(2) {
                if let y = consider(years.scan(a, from: line.start, to: line.end, outsideTitles: outside,
                                               skippingPlans: true)) { return y }
            }
        }
        for s in sections where s.parent == nil && s.part != .plan {
            let t = Self.ruleScalars(s.title)
            if let y = consider(years.scan(t, from: 0, to: t.count, outsideTitles: false)) { return y }
        }
        // A cited plan's year (`对照《2024年工作要点》`) is often the report's, but a report may cite another
        // year's plan: it stands unless the signing or publication date points to another year.
        let dated = (signed ?? published.flatMap(isoDate)).flatMap(ReportYearFinder.fromDate)
        for line in lines.prefix(2) {
            if let y = consider(years.scan(a, from: line.start, to: line.end, outsideTitles: false)), dated == nil || dated == y {
                diagnostics.append(Diagnostic(.yearInferred, stage: .extract, severity: .info,
                                              "report year \(y) from the title of a plan the opening paragraph cites"))
                return y
            }
        }
        if anonymized {
            diagnostics.append(Diagnostic(.yearAnonymized, stage: .extract, "report year is anonymized (20*年); left empty"))
            return nil
        }
        // `关于上一年度…的报告`: the year before the date the report was signed or published.
        let named = AgencyFinder.containsAny(previousYearWords, in: title, from: 0, to: title.count)
            || lines.prefix(2).contains { AgencyFinder.containsAny(previousYearWords, in: a, from: $0.start, to: $0.end) }
        if named, let date = signed ?? published.flatMap(isoDate) {
            let source = signed == nil ? "publication" : "signing"
            diagnostics.append(Diagnostic(.yearInferred, stage: .extract, severity: .info,
                                          "report year \(date.year - 1) inferred from a previous-year word and the \(source) date \(date.iso)"))
            return date.year - 1
        }
        if let signed, let y = ReportYearFinder.fromDate(signed) {
            diagnostics.append(Diagnostic(.yearInferred, stage: .extract, severity: .info,
                                          "report year \(y) inferred from the signing date \(signed.iso)"))
            return y
        }
        if let published, let date = isoDate(published), let y = ReportYearFinder.fromDate(date) {
            diagnostics.append(Diagnostic(.yearInferred, stage: .extract, severity: .info,
                                          "report year \(y) inferred from the publication date \(published)"))
            return y
        }
        diagnostics.append(Diagnostic(.yearMissing, stage: .extract, "report year not stated"))
        return nil
    }

    /// Parses `YYYY-MM-DD` (optionally with a time) into a date.
    private func isoDate(_ s: String) -> ChineseDate? {
        let parts = s.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return ChineseDate(year: y, month: m, day: d)
    }
}
