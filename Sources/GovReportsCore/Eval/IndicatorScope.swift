/// Which indicator ids `eval` scores: what decides whether an extracted instance can count as spurious.
public enum IndicatorScope: String, Codable, Sendable, CaseIterable {
    /// The ids annotated somewhere in the gold (the shared gold's scoring: its annotators covered only those).
    case gold
    /// Every id of the codebook in force: a fixed list, so annotating a new id in one report cannot change how the
    /// others are scored (a gold folder annotated against the whole codebook).
    case codebook

    /// The ids scored under this scope.
    func scoredIDs(gold: [GoldIndicator], codebook: Codebook) -> Set<String> {
        switch self {
        case .gold: Set(gold.map(\.indicator))
        case .codebook: Set(codebook.indicators.map(\.id))
        }
    }
}
