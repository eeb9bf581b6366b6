extension Pipeline {
    /// How far a build has come, for progress output.
    public enum Progress: Sendable, Equatable {
        /// A stage starts: its name, its index from 0, and the number of stages.
        case stage(String, Int, Int)
        /// Within a stage: items done out of a total (languages rendered and staged).
        case items(String, Int, Int)

        public static let stageCount = 5
    }
}
