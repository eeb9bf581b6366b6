/// The most a built site may take up where it is published: `budget_bytes`, `budget_files` and
/// `budget_file_bytes` in site.yml. The defaults are GitHub Pages' published size limit (1 GB)
/// and Cloudflare Pages' file limits (20,000 files of at most 25 MiB each), so a site that builds
/// can be published on either. `mpep build` measures the rendered site against it before writing.
public struct SiteBudget: Sendable, Equatable {
    public var bytes: Int
    public var files: Int
    public var fileBytes: Int

    public static let defaultBytes = 1_000_000_000
    public static let defaultFiles = 20_000
    public static let defaultFileBytes = 25 * 1024 * 1024

    public init(bytes: Int = defaultBytes, files: Int = defaultFiles, fileBytes: Int = defaultFileBytes) {
        self.bytes = bytes
        self.files = files
        self.fileBytes = fileBytes
    }
}
