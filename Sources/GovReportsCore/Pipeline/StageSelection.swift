/// Which stages a run executes and which it forces.
public enum StageSelection: Sendable, Equatable {
    /// Every stage; unchanged work is skipped.
    case all
    /// One stage only, redone for every document.
    case only(StageName)
    /// A stage and everything after it, redone.
    case from(StageName)

    /// Whether `stage` runs at all.
    public func includes(_ stage: StageName) -> Bool {
        switch self {
        case .all: return true
        case .only(let s): return s == stage
        case .from(let s): return stage >= s
        }
    }

    /// Whether `stage` is redone regardless of fingerprints.
    public func forces(_ stage: StageName) -> Bool {
        switch self {
        case .all: return false
        case .only, .from: return includes(stage)
        }
    }
}
