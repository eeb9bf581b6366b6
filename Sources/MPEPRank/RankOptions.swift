import MPEPContent

/// The choices from `site.yml` that shape the statistics.
public struct RankOptions: Sendable, Equatable {
    public var primaryJudge: String
    public var lengthControl: SiteConfig.LengthControl
    /// 0 switches the bootstrap off (no intervals, rank ranges collapse to ranks).
    public var bootstrapRounds: Int
    public var seed: UInt64
    /// Rows with fewer counting prompts are provisional (`LeaderboardEntry.provisional`).
    public var minimumPrompts: Int

    public init(primaryJudge: String, lengthControl: SiteConfig.LengthControl = .minimal,
                bootstrapRounds: Int = 1000, seed: UInt64 = 0,
                minimumPrompts: Int = SiteConfig.defaultMinimumPrompts) {
        self.primaryJudge = primaryJudge
        self.lengthControl = lengthControl
        self.bootstrapRounds = bootstrapRounds
        self.seed = seed
        self.minimumPrompts = minimumPrompts
    }

    public init(_ site: SiteConfig) {
        self.init(primaryJudge: site.judge, lengthControl: site.lengthControl,
                  bootstrapRounds: site.bootstrapRounds, seed: site.seed, minimumPrompts: site.minimumPrompts)
    }

    /// The bootstrap seed of one language and judge: the site's seed mixed with a stable hash of
    /// both ids (FNV-1a: Swift's `Hasher` is randomized per process and would break determinism).
    func seed(language: String, judge: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (language + "/" + judge).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return seed ^ hash
    }
}
