/// Collects the lines a page walk finds outside the body into `OutsideBody` blocks, within a scalar budget: a line
/// that would pass the budget is cut at it, the record is marked truncated and the recorder is full.
struct OutsideBodyRecorder {
    /// Blocks so far.
    private var blocks: [OutsideBodyBlock] = []
    /// The element the last block's lines came from (-1 for text in no chrome element).
    private var lastElement = -1
    /// Scalars still allowed.
    private var budget: Int
    /// Whether a line passed the budget (the record is truncated; later lines are not recorded).
    private(set) var isFull = false

    /// Starts with `budget` scalars to record.
    init(budget: Int = OutsideBody.maxRecordedScalars) {
        self.budget = max(0, budget)
    }

    /// Records a line found at `place` (`beforeLine` for a place between roots) from chrome element `element`
    /// (-1 for none) with `rule`; lines of the same element and place join one block.
    mutating func add(_ line: String, place: OutsideBodyPlace, beforeLine: Int?, element: Int, rule: String) {
        guard !isFull else { return }
        var line = line
        let scalars = Self.scalarCount(line)
        if scalars > budget {
            // Past the budget: the record is truncated here, and the walk may stop.
            isFull = true
            if budget == 0 { return }
            line = String(String.UnicodeScalarView(line.unicodeScalars.prefix(budget)))
            budget = 0
        } else {
            budget -= scalars
        }
        if let last = blocks.last, lastElement == element, last.place == place, last.beforeLine == beforeLine,
           last.rule == rule {
            blocks[blocks.count - 1].lines.append(line)
        } else {
            blocks.append(OutsideBodyBlock(lines: [line], place: place, beforeLine: beforeLine, rule: rule))
            lastElement = element
        }
    }

    /// The record: the blocks, and whether the budget cut it short.
    func finish() -> OutsideBody {
        OutsideBody(blocks: blocks, truncated: isFull)
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
