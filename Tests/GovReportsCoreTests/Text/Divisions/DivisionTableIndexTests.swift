import Testing
@testable import GovReportsCore

/// The indexes `DivisionTable` builds from its bytes: code order, name and short-name groups, the historical
/// filter and the trie's candidates, on a small table written out of order with CRLF lines.
@Suite struct DivisionTableIndexTests {
    /// Rows out of code order, a name shared by two current rows and a historical one, a name only historical, a
    /// short name shared by two rows whose full names differ, and names that share a long byte prefix.
    private let tsv = [
        "# comment", "code\tlevel\tparent\tname\tshort\tstatus",
        "320000\tprovince\t\t江苏省\t江苏\tcurrent",
        "350000\tprovince\t\t福建省\t福建\tcurrent",
        "350100\tprefecture\t350000\t福州市\t福州\tcurrent",
        "350102\tcounty\t350100\t鼓楼区\t鼓楼\tcurrent",
        "320100\tprefecture\t320000\t南京市\t南京\tcurrent",
        "320106\tcounty\t320100\t鼓楼区\t鼓楼\tcurrent",
        "320199\tcounty\t320100\t鼓楼区\t\thistorical",
        "350182\tcounty\t350100\t长乐市\t长乐\thistorical",
        "350112\tcounty\t350100\t长乐区\t长乐\tcurrent",
        "350121\tcounty\t350100\t闽侯县经济技术开发区\t\tcurrent",
        "350122\tcounty\t350100\t闽侯县经济技术区\t\tcurrent",
        "",
    ].joined(separator: "\r\n")

    /// Every lookup answers as the row list says.
    @Test func indexesFollowTheRows() throws {
        let table = try DivisionTable(tsv: tsv)
        #expect(table.divisions.map(\.code) == table.divisions.map(\.code).sorted())
        #expect(table.count == 11)
        #expect(table.division(code: "320106")?.parentCode == "320100")
        #expect(table.divisions(named: "鼓楼区").map(\.code) == ["320106", "350102"])
        #expect(table.divisions(named: "长乐市").map(\.code) == ["350182"])
        let changle = table.indexes(shortName: "长乐").map { table.divisions[$0].code }
        #expect(changle == ["350112", "350182"])
        let gulou = try #require(table.index(ofCode: "350102"))
        #expect(table.chain(of: gulou).map { table.divisions[$0].code } == ["350102", "350100", "350000"])
        for name in ["鼓楼区", "长乐市", "闽侯县经济技术开发区", "闽侯县经济技术区"] {
            let scalars = Array(("在" + name + "内").unicodeScalars)
            let hit = try #require(table.longestName(in: scalars, at: 1, end: scalars.count))
            #expect(hit.length == name.unicodeScalars.count)
            #expect(hit.candidates == table.indexes(named: name))
        }
    }

    /// A repeated code is a typed error naming it.
    @Test func duplicateCodeIsTypedError() {
        let dup = tsv + "\r\n350102\tcounty\t350100\t台江区\t台江\tcurrent\r\n"
        #expect(throws: RuleFileError.malformed(file: "divisions.tsv", key: "code 350102", reason: "duplicate code")) {
            _ = try DivisionTable(tsv: dup)
        }
    }
}
