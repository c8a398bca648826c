/// Collects the lines a page walk finds outside the body into `OutsideBody` blocks, within a scalar budget for the
/// text before the body and another for the text between and after its roots (a mega-menu above the article must
/// not use up what a footer right below it may show): a line that would pass its side's budget is cut at it, the
/// record is marked truncated and that side records nothing more.
struct OutsideBodyRecorder {
    /// Blocks so far.
    private var blocks: [OutsideBodyBlock] = []
    /// The element the last block's lines came from (-1 for text in no chrome element).
    private var lastElement = -1
    /// Scalars still allowed before the body.
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
            guard let kept = Self.take(line, budget: &beforeBudget, full: &beforeFull) else { return }
            append(kept, place: place, beforeLine: beforeLine, element: element, rule: rule)
        } else {
            guard let kept = Self.take(line, budget: &afterBudget, full: &isFull) else { return }
            append(kept, place: place, beforeLine: beforeLine, element: element, rule: rule)
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
