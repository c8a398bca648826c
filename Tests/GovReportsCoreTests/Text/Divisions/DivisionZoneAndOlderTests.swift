import Testing
@testable import GovReportsCore

/// Table rows that are not plain current divisions: functional zones (status `zone`) resolve to the division they
/// lie in, and an abolished row that shares its name with a current one is reached only through its own parent.
@Suite struct DivisionZoneAndOlderTests {
    /// A province with a city, a zone inside the city, a merged city whose district kept its name under a new
    /// code, and the new parent.
    private let tsv = [
        "code\tlevel\tparent\tname\tshort\tstatus",
        "370000\tprovince\t\t山东省\t山东\tcurrent",
        "370100\tprefecture\t370000\t济南市\t济南\tcurrent",
        "370117\tcounty\t370100\t钢城区\t钢城\tcurrent",
        "370171\tcounty\t370100\t济南高新区\t\tzone",
        "371200\tprefecture\t370000\t莱芜市\t莱芜\thistorical",
        "371203\tcounty\t371200\t钢城区\t钢城\thistorical",
    ].joined(separator: "\n")

    /// The resolver over the small table.
    private func resolver() throws -> DivisionResolver {
        DivisionResolver(table: try DivisionTable(tsv: tsv), minimumSupport: 2)
    }

    /// The innermost mention of a name chain, resolved.
    private func resolve(_ text: String) throws -> RegionResolution {
        let r = try resolver()
        let a = Array(text.unicodeScalars)
        let last = try #require(r.mentions(in: a, from: 0, to: a.count, shortAllowedAt: 0).last)
        var diagnostics: [Diagnostic] = []
        return r.resolveAgency(last, support: [:], diagnostics: &diagnostics)
    }

    /// The zone's status is read, and a zone resolves to its city's code and names, keeping its own name aside.
    @Test func zoneResolvesToItsDivision() throws {
        let table = try DivisionTable(tsv: tsv)
        #expect(table.division(code: "370171")?.isZone == true)
        #expect(table.division(code: "370117")?.isZone == false)
        let r = try resolve("济南高新区管理委员会")
        #expect(r.code == "370100" && r.city == "济南市" && r.county == nil && r.level == .prefecture)
        #expect(r.zone == "济南高新区")
    }

    /// The current row wins alone; the abolished one only under its own parent.
    @Test func olderRowOnlyThroughItsParent() throws {
        #expect(try resolve("钢城区民政局").code == "370117")
        #expect(try resolve("济南市钢城区民政局").code == "370117")
        let old = try resolve("莱芜市钢城区民政局")
        #expect(old.code == "371203" && old.city == "莱芜市" && old.zone == nil)
    }

    /// A status other than current, historical or zone is a typed error.
    @Test func unknownStatusIsTypedError() {
        let bad = tsv + "\n370102\tcounty\t370100\t历下区\t历下\tabolished"
        #expect(throws: RuleFileError.self) { _ = try DivisionTable(tsv: bad) }
    }
}
