import MPEPContent

/// What a rendered site takes up, by kind of file, measured against `site.yml`'s budget before
/// anything is written: a site over its budget is refused while the previous one is still whole,
/// rather than after half a deployment.
public struct SiteSize: Sendable, Equatable {
    /// Files of one kind (prompt pages, answer bundles, …): how many and their bytes.
    public struct Kind: Sendable, Equatable {
        public var name: String
        public var files = 0
        public var bytes = 0
    }

    public private(set) var files = 0
    public private(set) var bytes = 0
    /// The largest file, its path and size (the Pages hosts limit each file too).
    public private(set) var largest: (path: String, bytes: Int) = ("", 0)
    private var all = Self.kindNames.map { Kind(name: $0) }

    /// Kinds by what a reader sees, in the order they are reported.
    static let kindNames = ["prompt pages", "answer bundles", "model pages in a language", "language data",
                            "other pages", "other files"]

    /// An empty site, to `add` files to as they are written.
    public init() {}

    public init(_ site: [RenderedFile]) {
        for file in site { add(path: file.path, bytes: file.data.count) }
    }

    /// Counts one more file.
    public mutating func add(path: String, bytes size: Int) {
        let index = Self.kindIndex(path)
        all[index].files += 1
        all[index].bytes += size
        files += 1
        bytes += size
        if size > largest.bytes || (size == largest.bytes && path < largest.path) {
            largest = (path, size)
        }
    }

    /// Kinds in a fixed order (those with files only).
    public var kinds: [Kind] { all.filter { $0.files > 0 } }

    public static func == (a: SiteSize, b: SiteSize) -> Bool {
        a.files == b.files && a.bytes == b.bytes && a.largest == b.largest && a.kinds == b.kinds
    }

    static func kindIndex(_ path: String) -> Int {
        let parts = path.split(separator: "/")
        if parts.first == "languages", parts.count >= 3 {
            if parts.count == 5, parts[2] == "prompts", parts[4] == "index.html" { return 0 }
            if parts[2] == "answers" { return 1 }
            if parts.count == 5, parts[2] == "models", parts[4] == "index.html" { return 2 }
            if parts.count == 3, !path.hasSuffix(".html") { return 3 }
        }
        return path.hasSuffix(".html") ? 4 : 5
    }

    /// One line per kind, for `mpep build --verbose` and the benchmark.
    public var lines: [String] {
        kinds.map { "\($0.name): \(Self.megabytes($0.bytes)) in \(Formatting.count($0.files)) files" }
            + ["largest file: \(largest.path) (\(Self.megabytes(largest.bytes)))"]
    }

    /// Bytes in decimal megabytes with one decimal ("1,234.5 MB"), as the Pages limits are given.
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(Formatting.count(tenths / 10)).\(tenths % 10) MB"
    }

    /// What exceeds the budget, each naming the site.yml key that sets the limit; empty when it fits.
    public func overruns(_ budget: SiteBudget) -> [String] {
        var found: [String] = []
        if bytes > budget.bytes {
            found.append("the site takes \(Self.megabytes(bytes)), over budget_bytes (\(Self.megabytes(budget.bytes)))")
        }
        if files > budget.files {
            found.append("the site has \(Formatting.count(files)) files, over budget_files (\(Formatting.count(budget.files)))")
        }
        if largest.bytes > budget.fileBytes {
            found.append("\(largest.path) takes \(Self.megabytes(largest.bytes)), over budget_file_bytes (\(Self.megabytes(budget.fileBytes)))")
        }
        return found
    }
}

extension SiteConfig.AnswerLayout {
    /// Whether answers go in bundles: `auto` bundles them when the outputs' files (`answerBytes`,
    /// the Markdown of every answer) take more than half the byte budget. A prompt page holds its
    /// answers' HTML (about their Markdown's size) beside the rest of the site, so past half the
    /// budget a site of answer pages no longer fits; below it a small site keeps its plain pages.
    /// Decided before loading, from file sizes alone, so an incremental build decides the same way.
    public func bundles(answerBytes: Int, budget: SiteBudget) -> Bool {
        switch self {
        case .pages: false
        case .bundles: true
        case .auto: answerBytes > budget.bytes / 2
        }
    }
}
