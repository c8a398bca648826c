/// Collects the lines a page walk finds outside the body into `OutsideBody` blocks, within a scalar budget for the
/// text before the body and another for the text between and after its roots (a mega-menu above the article must
/// not use up what a footer right below it may show). Before the body the lines nearest it are kept: the title,
/// date, breadcrumb and metadata box stand right above the article, a site's menu at the top; once that side is
/// over its budget the oldest text is dropped (the first kept line may lose its start). After the body a line that
/// would pass the budget is cut at it and that side records nothing more.
struct OutsideBodyRecorder {
    /// Blocks so far.
    private var blocks: [OutsideBodyBlock] = []
    /// The element the last block's lines came from (-1 for text in no chrome element).
    private var lastElement = -1
    /// Scalars still allowed before the body (negative for a moment while the oldest text is dropped).
    private var beforeBudget: Int
    /// Scalars still allowed between and after the body's roots.
    private var afterBudget: Int
    /// Whether the text before the body passed its budget.
    private var beforeFull = false
    /// Whether the text after the first root passed its budget: nothing further is recorded, the walk may stop.
    private(set) var isFull = false

    /// Starts with `budget` scalars for each side of the body.
    init(budget: Int = OutsideBody.maxRecordedScalarsPerSide) {
        beforeBudget = max(0, budget)
        afterBudget = max(0, budget)
    }

    /// Records a line found at `place` (`beforeLine` for a place between roots) from chrome element `element`
    /// (-1 for none) with `rule`; lines of the same element and place join one block.
    mutating func add(_ line: String, place: OutsideBodyPlace, beforeLine: Int?, element: Int, rule: String) {
        if place == .before {
            append(line, place: place, beforeLine: beforeLine, element: element, rule: rule)
            beforeBudget -= Self.scalarCount(line)
            if beforeBudget < 0 { dropOldestBefore() }
        } else {
            guard let kept = Self.take(line, budget: &afterBudget, full: &isFull) else { return }
            append(kept, place: place, beforeLine: beforeLine, element: element, rule: rule)
        }
    }

    /// Drops text from the start of the record (the side before the body comes first) until that side is back
    /// within its budget, and marks the record truncated.
    private mutating func dropOldestBefore() {
        beforeFull = true
        while beforeBudget < 0, !blocks.isEmpty, !blocks[0].lines.isEmpty {
            let first = blocks[0].lines[0]
            let scalars = Self.scalarCount(first)
            if scalars <= -beforeBudget {
                blocks[0].lines.removeFirst()
                beforeBudget += scalars
                if blocks[0].lines.isEmpty { blocks.removeFirst() }
            } else {
                blocks[0].lines[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(-beforeBudget)))
                beforeBudget = 0
            }
        }
    }

    /// The part of `line` a side's remaining `budget` takes (nil for none), spending it; `full` is set once a line
    /// passes it.
    private static func take(_ line: String, budget: inout Int, full: inout Bool) -> String? {
        guard !full else { return nil }
        let scalars = scalarCount(line)
        guard scalars > budget else {
            budget -= scalars
            return line
        }
        // Past the budget: the record is truncated here.
        full = true
        defer { budget = 0 }
        return budget == 0 ? nil : String(String.UnicodeScalarView(line.unicodeScalars.prefix(budget)))
    }

    /// Adds a line to the last block when it shares its element, place and rule, else starts a block.
    private mutating func append(_ line: String, place: OutsideBodyPlace, beforeLine: Int?, element: Int, rule: String) {
        if let last = blocks.last, lastElement == element, last.place == place, last.beforeLine == beforeLine,
           last.rule == rule {
            blocks[blocks.count - 1].lines.append(line)
        } else {
            blocks.append(OutsideBodyBlock(lines: [line], place: place, beforeLine: beforeLine, rule: rule))
            lastElement = element
        }
    }

    /// The record: the blocks, and whether either budget cut it short.
    func finish() -> OutsideBody {
        OutsideBody(blocks: blocks, truncated: beforeFull || isFull)
    }

    /// Unicode scalars of a string: its UTF-8 bytes that are not continuation bytes.
    static func scalarCount(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }
}
