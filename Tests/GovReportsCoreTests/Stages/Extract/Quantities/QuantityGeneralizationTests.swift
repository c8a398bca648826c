import Testing
@testable import GovReportsCore

/// Reads a raw sentence the way the pipeline does: normalize's line splitting and width folding, extract's rule view,
/// then the scanner with its doubts.
func scanAsPipeline(_ raw: String) -> (matches: [QuantityMatch], doubts: [QuantityDoubt]) {
    let text = LineSplitter.lines(raw, fullWidth: true).joined(separator: "\n")
    var doubts: [QuantityDoubt] = []
    let matches = sharedQuantityScanner.scan(values: RuleView.of(text).values, doubts: &doubts)
    return (matches, doubts)
}

/// Checks one case: exactly the expected mentions in order, and the expected doubt (or none).
func expectPipelineQuantities(_ testCase: PipelineQuantityCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let (found, doubts) = scanAsPipeline(testCase.sentence)
    let rendered = found.map { "\($0.text)=\($0.value)\($0.valueMax.map { "-\($0)" } ?? "") \($0.unit ?? "nil") \($0.kind.rawValue) \($0.approx ?? "-")" }
    #expect(found.count == testCase.expected.count, "found \(rendered)", sourceLocation: sourceLocation)
    for (match, expected) in zip(found, testCase.expected) {
        #expect(expected.accepts(match), "expected \(expected), found \(rendered)", sourceLocation: sourceLocation)
    }
    let codes = doubts.map(\.code)
    if let doubt = testCase.doubt {
        #expect(codes.contains(doubt), "expected doubt \(doubt.rawValue), got \(codes.map(\.rawValue))", sourceLocation: sourceLocation)
    } else {
        #expect(codes.isEmpty, "unexpected doubts \(codes.map(\.rawValue))", sourceLocation: sourceLocation)
    }
}

/// Checks one blind-round sentence: under a known issue when the round measured it failing (`known` holds such sentences).
func expectBlindQuantities(_ testCase: PipelineQuantityCase, known: Set<String>) {
    if known.contains(testCase.sentence) {
        withKnownIssue { expectPipelineQuantities(testCase) }
    } else {
        expectPipelineQuantities(testCase)
    }
}

/// Several hundred sentences written for this suite, one table per class of number, read through normalize and the
/// rule view as the extract stage reads them.
@Suite struct QuantityGeneralizationTests {
    /// Arabic numerals with separators, full-width digits, decimals and multipliers.
    @Test(arguments: QuantityGeneralizationCases.arabic) func arabic(_ c: C) { expectPipelineQuantities(c) }
    /// Chinese numerals, their decimals (三点五) and mixtures with multipliers.
    @Test(arguments: QuantityGeneralizationCases.chinese) func chinese(_ c: C) { expectPipelineQuantities(c) }
    /// Per mille, 成, 倍; ratios and fractions yield nothing.
    @Test(arguments: QuantityGeneralizationCases.fractions) func fractions(_ c: C) { expectPipelineQuantities(c) }
    /// Ranges of every connector; changes are pairs, not ranges.
    @Test(arguments: QuantityGeneralizationCases.ranges) func ranges(_ c: C) { expectPipelineQuantities(c) }
    /// Hedges and their look-alikes.
    @Test(arguments: QuantityGeneralizationCases.hedges) func hedges(_ c: C) { expectPipelineQuantities(c) }
    /// Changes and signs.
    @Test(arguments: QuantityGeneralizationCases.changes) func changes(_ c: C) { expectPipelineQuantities(c) }
    /// Units of count, money, area, energy and time.
    @Test(arguments: QuantityGeneralizationCases.units) func units(_ c: C) { expectPipelineQuantities(c) }
    /// Years, dates and times are no quantities.
    @Test(arguments: QuantityGeneralizationCases.calendar) func calendar(_ c: C) { expectPipelineQuantities(c) }
    /// Document numbers and article citations are no quantities.
    @Test(arguments: QuantityGeneralizationCases.documents) func documents(_ c: C) { expectPipelineQuantities(c) }
    /// Ordinals and heading numbers are no quantities.
    @Test(arguments: QuantityGeneralizationCases.ordinals) func ordinals(_ c: C) { expectPipelineQuantities(c) }
    /// Phone numbers, codes and versions are no quantities.
    @Test(arguments: QuantityGeneralizationCases.identifiers) func identifiers(_ c: C) { expectPipelineQuantities(c) }
    /// Plan names and slogans are no quantities.
    @Test(arguments: QuantityGeneralizationCases.names) func names(_ c: C) { expectPipelineQuantities(c) }
    /// Spaces and line breaks in and around numbers: read across a space, doubt a split number.
    @Test(arguments: QuantityGeneralizationCases.layout) func layout(_ c: C) { expectPipelineQuantities(c) }
    /// Statistics-bulletin phrasing, rate denominators, mixed Arabic magnitudes.
    @Test(arguments: QuantityGeneralizationCases.bulletin) func bulletin(_ c: C) { expectPipelineQuantities(c) }
    /// Ordinal lists, decrees, site identifiers, plan names.
    @Test(arguments: QuantityGeneralizationCases.citations) func citations(_ c: C) { expectPipelineQuantities(c) }
    /// Wrapped lines and spaced groups.
    @Test(arguments: QuantityGeneralizationCases.wrapped) func wrapped(_ c: C) { expectPipelineQuantities(c) }
    /// Unit labels, unit symbols, Chinese decimals, widths and spaces.
    @Test(arguments: QuantityGeneralizationCases.third) func third(_ c: C) { expectPipelineQuantities(c) }
    /// The new mechanisms do not overreach.
    @Test(arguments: QuantityGeneralizationCases.overreach) func overreach(_ c: C) { expectPipelineQuantities(c) }
    /// Large Chinese numerals, goals, disclosure lines as text.
    @Test(arguments: QuantityGeneralizationCases.closing) func closing(_ c: C) { expectPipelineQuantities(c) }
    /// Former gaps, now read.
    @Test(arguments: QuantityGeneralizationCases.formerGaps) func formerGaps(_ c: C) { expectPipelineQuantities(c) }
    /// Classes still missed: known issues, which fail loudly once a change makes one pass.
    @Test(arguments: QuantityGeneralizationCases.gaps) func gaps(_ c: C) {
        withKnownIssue { expectPipelineQuantities(c) }
    }
    /// Whatever a gap yields today is nothing, so the miss is a loss, never a wrong value.
    @Test(arguments: QuantityGeneralizationCases.gaps) func gapsYieldNothing(_ c: C) {
        #expect(scanAsPipeline(c.sentence).matches.isEmpty)
    }
}
