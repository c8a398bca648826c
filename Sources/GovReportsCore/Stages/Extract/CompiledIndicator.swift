/// A codebook indicator with its patterns compiled against the shared phrase table.
struct CompiledIndicator: Sendable {
    /// The indicator id.
    var id: String
    /// Allowed units.
    var units: Set<String>
    /// Any one of these must hold.
    var triggers: [TriggerPattern]
    /// None of these may hold.
    var exclusions: [TriggerPattern]
    /// Verbs that alone in a clause repeat this measure after one of its instances (`Indicator.repeatVerbs`).
    var repeatVerbs: [[Unicode.Scalar]] = []
}
