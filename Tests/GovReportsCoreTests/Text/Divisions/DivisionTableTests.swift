import Testing
@testable import GovReportsCore

/// The bundled division table and its parser.
@Suite("DivisionTable")
struct DivisionTableTests {
    /// The bundled table loads with all three levels and the expected parents.
    @Test func bundledTableHasCountiesAndParents() throws {
        let table = try DivisionTable.bundled()
        #expect(table.count > 3000)
        let qianjiang = try #require(table.division(code: "500114"))
        #expect(qianjiang.name == "黔江区")
        #expect(qianjiang.shortName == "黔江")
        #expect(qianjiang.level == .county)
        #expect(qianjiang.parentCode == "500000")
        #expect(table.division(code: "330881")?.parentCode == "330800")
        #expect(table.division(code: "320400")?.name == "常州市")
        #expect(Set(table.divisions(named: "鼓楼区").map(\.code)) == ["350102", "320106", "320302", "410204"])
        #expect(Set(table.divisions(named: "朝阳区").map(\.code)) == ["110105", "220104"])
    }

    /// Current codes from the refreshed source, and abolished ones kept as historical.
    @Test func currentAndHistoricalRows() throws {
        let table = try DivisionTable.bundled()
        #expect(table.division(code: "440309")?.name == "龙华区")
        #expect(table.division(code: "350112")?.isHistorical == false)
        let changle = try #require(table.division(code: "350182"))
        #expect(changle.name == "长乐市")
        #expect(changle.isHistorical)
        #expect(table.division(code: "990000") == nil)
        #expect(table.division(code: "500100") == nil)
    }

    /// Placeholder rows (市辖区) are not divisions.
    @Test func placeholdersAreDropped() throws {
        #expect(try DivisionTable.bundled().divisions(named: "市辖区").isEmpty)
    }

    /// A wrong header is a typed error naming the file and line.
    @Test func badHeaderIsTypedError() {
        #expect(throws: RuleFileError.malformed(file: "x.tsv", key: "line 1", reason: "expected header code/level/parent/name/short/status")) {
            _ = try DivisionTable(tsv: "code\tname\n", file: "x.tsv")
        }
    }

    /// An unknown parent code is reported with the row's code.
    @Test func unknownParentIsTypedError() {
        let tsv = "code\tlevel\tparent\tname\tshort\tstatus\n110101\tcounty\t110000\t东城区\t东城\tcurrent\n"
        #expect(throws: RuleFileError.malformed(file: "divisions.tsv", key: "code 110101", reason: "unknown parent 110000")) {
            _ = try DivisionTable(tsv: tsv)
        }
    }

    /// A bad level value names the line.
    @Test func badLevelIsTypedError() {
        let tsv = "# comment\ncode\tlevel\tparent\tname\tshort\tstatus\n110000\tcity\t\t北京市\t北京\tcurrent\n"
        #expect(throws: RuleFileError.malformed(file: "divisions.tsv", key: "line 3", reason: "bad level city")) {
            _ = try DivisionTable(tsv: tsv)
        }
    }
}
