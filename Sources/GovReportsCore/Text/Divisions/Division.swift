/// One administrative division (province, prefecture or county level) with its GB/T 2260 code.
public struct Division: Sendable, Equatable, Hashable {
    /// Six-digit code, e.g. `500114`.
    public var code: String
    /// Full name, e.g. `黔江区`.
    public var name: String
    /// Name without the level suffix, e.g. `黔江`; nil when that would leave one character.
    public var shortName: String?
    /// Province, prefecture or county.
    public var level: AdminLevel
    /// Code of the parent division; nil for provinces. Municipal districts point at the municipality.
    public var parentCode: String?
    /// Whether the division no longer exists (长乐市 350182 became 长乐区 350112); kept for older reports.
    public var isHistorical: Bool
    /// Whether the row is a functional zone (苏州工业园区, 雄安新区) listed with a statistical-use code only: not a
    /// 民政部 division, so a report of the zone takes the code of the division it lies in.
    public var isZone: Bool

    /// Creates a division.
    public init(code: String, name: String, shortName: String?, level: AdminLevel, parentCode: String?,
                isHistorical: Bool = false, isZone: Bool = false) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.level = level
        self.parentCode = parentCode
        self.isHistorical = isHistorical
        self.isZone = isZone
    }
}
