import CLibXML2

/// Parses a page with libxml2's HTML parser in SAX mode and measures it as it is reported (`PageWalk`), so no
/// tree is built and freed: on the generated report pages building and freeing libxml2's tree was about 40% of
/// its parse time.
/// The events match what the tree walk saw: adjacent character callbacks form one text run (as the tree builder
/// merges them into one node), a comment or processing instruction ends a run (it is a node in the tree),
/// dropped elements (script, style …) and everything outside the first top-level element are left out.
/// The callbacks reach the parser through a pointer to a stack value: a class instance would cost a retain and
/// dynamic exclusivity checks on every property touched, several per callback.
struct PageParser {
    /// The measurements and event list being built.
    var walk: PageWalk
    /// Open elements: their walk index, or -1 for one inside a dropped subtree or outside the root.
    private var stack: [Int32] = []
    /// Set when the first top-level element has closed; later top-level content is ignored.
    private var rootClosed = false
    /// Start in `walk.text` of the text run being collected, or nil.
    private var runStart: Int?
    /// Whether the run came from CDATA callbacks (a CDATA node does not merge with a text node).
    private var runIsCDATA = false
    /// Interned name pointers (libxml2 gives every element of one tag the same one) of the kind cache; 0 is empty.
    /// A small open-addressing table: hashing the pointer with `Dictionary` was a third of the start callback.
    private var kindKeys = [UInt](repeating: 0, count: PageParser.kindSlots)
    /// Tag kinds in the slots of `kindKeys`.
    private var kindValues = [TagKind](repeating: .inline, count: PageParser.kindSlots)
    /// Names cached so far; past `kindLimit` new names are looked up every time, which keeps free slots to end probes.
    private var kindCount = 0
    /// Slots in the kind cache (a power of two).
    private static let kindSlots = 128
    /// Most names the kind cache holds (pages use a few dozen tags).
    private static let kindLimit = 96
    /// The document's time budget, checked every `deadlineStride` callbacks; nil for none.
    private var deadline: DocumentDeadline?
    /// The libxml2 context, to stop it when the budget is spent.
    private var context: htmlParserCtxtPtr?
    /// Callbacks since the last deadline check.
    private var sinceCheck = 0
    /// Callbacks between two clock reads: a read costs ~20 ns, a callback a few hundred.
    private static let deadlineStride = 256

    /// SAX callbacks; everything else (document start, entities, ignorable whitespace) is ignored, as the tree
    /// builder ignores it for HTML.
    // A C struct of function pointers is not Sendable to Swift; it is never mutated after this, only copied.
    nonisolated(unsafe) private static let handler: htmlSAXHandler = {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, attributes in
            guard let ctx, let name else { return }
            PageParser.from(ctx).pointee.start(name, attributes)
        }
        h.endElement = { ctx, _ in
            guard let ctx else { return }
            PageParser.from(ctx).pointee.end()
        }
        h.characters = { ctx, bytes, count in
            guard let ctx, let bytes else { return }
            PageParser.from(ctx).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)), cdata: false)
        }
        h.cdataBlock = { ctx, bytes, count in
            guard let ctx, let bytes else { return }
            PageParser.from(ctx).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)), cdata: true)
        }
        h.comment = { ctx, _ in
            guard let ctx else { return }
            PageParser.from(ctx).pointee.endRun()
        }
        h.processingInstruction = { ctx, _, _ in
            guard let ctx else { return }
            PageParser.from(ctx).pointee.endRun()
        }
        return h
    }()

    /// Starts a parse for one page.
    private init(analyzer: PageAnalyzer) {
        walk = PageWalk(analyzer: analyzer)
        stack.reserveCapacity(64)
    }

    /// The parser behind a callback's context pointer.
    @inline(__always)
    private static func from(_ ctx: UnsafeMutableRawPointer) -> UnsafeMutablePointer<PageParser> {
        ctx.assumingMemoryBound(to: PageParser.self)
    }

    /// Parses `utf8` and returns the measured walk and, when libxml2 gave up before the end, its reason;
    /// nil when the input is empty or too large for libxml2. `options` is only varied by tests.
    /// With a `deadline`, libxml2 is stopped once it is past (the caller sees `deadline.expired`).
    static func parse(_ utf8: [UInt8], analyzer: PageAnalyzer, options: Int32 = HTMLDocument.options,
                      deadline: DocumentDeadline? = nil) -> (walk: PageWalk, haltReason: String?)? {
        var parser = PageParser(analyzer: analyzer)
        parser.deadline = deadline
        let run: String?? = withUnsafeMutablePointer(to: &parser) { pointer in
            saxParse(utf8, handler: handler, userData: UnsafeMutableRawPointer(pointer), options: options,
                     onContext: { pointer.pointee.context = $0 })
        }
        guard case .some(let haltReason) = run else { return nil }
        parser.finish()
        return (parser.walk, haltReason)
    }

    /// Runs libxml2's HTML parser over `utf8` with no callbacks at all: the floor under clean's parse, for `bench`.
    static func tokenizeOnly(_ utf8: [UInt8], options: Int32 = HTMLDocument.options) {
        _ = saxParse(utf8, handler: htmlSAXHandler(), userData: nil, options: options)
    }

    /// Parses `utf8` as UTF-8 HTML, calling `handler` with `userData`: nil when the input is empty or too large for
    /// libxml2, else libxml2's reason when it stopped before the end (nil inside when it read everything).
    private static func saxParse(_ utf8: [UInt8], handler: htmlSAXHandler, userData: UnsafeMutableRawPointer?,
                                 options: Int32, onContext: (htmlParserCtxtPtr?) -> Void = { _ in }) -> String?? {
        _ = HTMLDocument.parserReady
        guard !utf8.isEmpty, utf8.count < Int(Int32.max), let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        context.pointee.sax.pointee = handler
        context.pointee.userData = userData
        onContext(context)
        defer { onContext(nil) }
        let tree = utf8.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        // No start-document callback, so libxml2 builds no document; free one should that ever change.
        if let tree { xmlFreeDoc(tree) }
        context.pointee.userData = nil
        // xmlHaltParser leaves the parser in the EOF state; a normal end does not, so this is libxml2 giving up.
        guard context.pointee.instate == XML_PARSER_EOF else { return .some(nil) }
        let message = context.pointee.lastError.message.map { String(cString: $0) } ?? "parser halted"
        return .some(message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// An element opens.
    private mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        checkDeadline()
        endRun()
        if rootClosed || (stack.last ?? 0) < 0 {
            stack.append(-1)
            return
        }
        let kind = kind(of: name)
        if kind == .drop {
            stack.append(-1)
            return
        }
        let index = walk.open(kind: kind, name: name, attributes: attributes, parent: stack.last.map { Int($0) } ?? -1)
        stack.append(Int32(index))
    }

    /// The innermost open element closes.
    private mutating func end() {
        endRun()
        guard let top = stack.popLast() else { return }
        if top >= 0 { walk.close(Int(top)) }
        if stack.isEmpty { rootClosed = true }
    }

    /// Text arrives; kept only inside a measured element.
    private mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, cdata: Bool) {
        checkDeadline()
        guard let top = stack.last, top >= 0 else { return }
        if runStart != nil && runIsCDATA != cdata { endRun() }
        if runStart == nil {
            runStart = walk.text.count
            runIsCDATA = cdata
        }
        walk.text.append(contentsOf: bytes)
    }

    /// Every `deadlineStride` callbacks, stops libxml2 when the document's time budget is spent.
    @inline(__always)
    private mutating func checkDeadline() {
        guard let deadline else { return }
        sinceCheck += 1
        guard sinceCheck >= PageParser.deadlineStride else { return }
        sinceCheck = 0
        if deadline.isPast(), let context { xmlStopParser(context) }
    }

    /// Ends the current text run, filing it under the innermost open element.
    private mutating func endRun() {
        guard let start = runStart else { return }
        runStart = nil
        guard let top = stack.last, top >= 0 else { return }
        walk.addText(start..<walk.text.count, parent: Int(top))
    }

    /// Closes what a halted parse left open, innermost first, as the tree walk exited every node it entered.
    private mutating func finish() {
        endRun()
        while let top = stack.popLast() {
            if top >= 0 { walk.close(Int(top)) }
        }
    }

    /// The tag kind of an element name, cached per interned name.
    @inline(__always)
    private mutating func kind(of name: UnsafePointer<xmlChar>) -> TagKind {
        let key = UInt(bitPattern: name)
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57) & (PageParser.kindSlots - 1)
        while true {
            let found = kindKeys[slot]
            if found == key { return kindValues[slot] }
            if found == 0 { break }
            slot = (slot + 1) & (PageParser.kindSlots - 1)
        }
        let kind = walk.analyzer.tagKinds[String(cString: name).lowercased()] ?? .inline
        if kindCount < PageParser.kindLimit {
            kindKeys[slot] = key
            kindValues[slot] = kind
            kindCount += 1
        }
        return kind
    }
}
