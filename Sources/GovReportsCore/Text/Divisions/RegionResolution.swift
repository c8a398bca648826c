/// Where a report's issuing body sits, as far as the evidence allows.
struct RegionResolution: Sendable, Equatable {
    /// Province-level name (municipalities: `重庆市`).
    var province: String?
    /// Prefecture-level name (municipalities repeat the province).
    var city: String?
    /// County-level name.
    var county: String?
    /// Code of the most specific resolved division.
    var code: String?
    /// Level of the most specific resolved division.
    var level: AdminLevel?
    /// The functional zone named (苏州工业园区), when the resolution is the division it lies in.
    var zone: String?
}
