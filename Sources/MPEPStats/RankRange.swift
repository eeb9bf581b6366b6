/// Where a model may stand on a leaderboard, given the uncertainty of every model's figure.
public struct RankRange: Sendable, Equatable, Codable {
    /// Position by point estimate, 1 = best; equal estimates share the better rank.
    public var rank: Int
    /// Best possible rank: 1 + the models whose interval lies entirely above this one's.
    public var high: Int
    /// Worst possible rank: N − the models whose interval lies entirely below this one's.
    public var low: Int

    public init(rank: Int, high: Int, low: Int) {
        self.rank = rank
        self.high = high
        self.low = low
    }

    enum CodingKeys: String, CodingKey { case rank, high = "rank_high", low = "rank_low" }
}

/// Rank ranges from each model's interval and point estimate (higher is better), in the input's order.
/// Intervals that overlap do not separate two models, so ranges widen as data shrink.
///
///     rankRanges([Interval(low: 60, high: 70), Interval(low: 40, high: 65), Interval(low: 10, high: 20)],
///                points: [65, 50, 15])
///     // rank 1 (1–2), rank 2 (1–2), rank 3 (3–3)
public func rankRanges(_ intervals: [Interval], points: [Double]) -> [RankRange] {
    precondition(intervals.count == points.count, "one interval per point estimate")
    let n = intervals.count
    return (0..<n).map { m in
        var above = 0, below = 0, better = 0
        for o in 0..<n where o != m {
            if intervals[o].low > intervals[m].high { above += 1 }
            if intervals[o].high < intervals[m].low { below += 1 }
            if points[o] > points[m] { better += 1 }
        }
        return RankRange(rank: 1 + better, high: 1 + above, low: n - below)
    }
}
