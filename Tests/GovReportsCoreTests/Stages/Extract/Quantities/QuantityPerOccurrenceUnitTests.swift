import Testing
@testable import GovReportsCore

/// Per-occurrence counters (`家次`, `项次`, `台次`, `辆次`), person-days (`人日`, `工日`) and TEU (`标箱`): units of their own, so
/// the value is not recorded with the bare classifier (`128家次` as 128 家, the blind page h05's class).
@Suite struct QuantityPerOccurrenceUnitTests {
    /// The sentences.
    static let cases: [C] = [
        C("全年检查企业128家次。", q(128, "家次")),
        C("抽检食品320项次，合格率98%。", q(320, "项次"), q(98, "%")),
        C("检测设备45台次。", q(45, "台次")),
        C("查处违规车辆1,203辆次。", q(1203, "辆次")),
        C("投入用工3600人日。", q(3600, "人日", kind: .other)),
        C("累计投入2.5万工日。", q(25000, "工日", kind: .other)),
        // The port statistics' TEU, abbreviated (标箱) or not (标准箱).
        C("集装箱吞吐量176万标箱。", q(1_760_000, "标箱", kind: .other)),
        C("集装箱吞吐量176万标准箱。", q(1_760_000, "标准箱", kind: .other)),
        // The bare classifier still stands alone.
        C("检查企业128家。", q(128, "家")),
    ]

    /// Each sentence gives its mentions with the compound unit.
    @Test(arguments: cases) func compoundUnit(_ c: C) { expectPipelineQuantities(c) }
}
