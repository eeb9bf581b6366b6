import Foundation

/// The load stage: reads a content tree (contract v1, see docs/content-format.md) into
/// ``Content``, collecting every problem it meets rather than stopping at the first.
///
///     let result = ContentLoader(root: URL(fileURLWithPath: "content"), displayRoot: "content").load()
///     if result.diagnostics.hasErrors { … }
///
/// Languages are read in parallel; the result does not depend on the order they finish in.
public struct ContentLoader: Sendable {
    public struct Result: Sendable {
        /// Nil only when the tree is unusable as a whole (no site.yml, no source prompts).
        public var content: Content?
        /// Sorted by file and line.
        public var diagnostics: [Diagnostic]
    }

    let folder: ContentFolder
    /// Languages (by code) to read in outline: language.yml and the translations in full, but of
    /// the outputs and annotations only which files exist (`LanguageRecords.outlined`). An
    /// incremental build outlines the languages whose files have not changed since its last build:
    /// their rankings and pages come from its cache, and the site-wide pages need no more of them.
    public var outlined: Set<String>
    /// The only languages to read (a shard of a sharded build, `mpep build --languages`); nil: all.
    /// The others' folders are not read at all.
    public var only: Set<String>?

    /// - Parameters:
    ///   - root: the content folder.
    ///   - displayRoot: how the root is named in messages (usually the path the user typed).
    ///   - outlined: languages to read in outline (see ``outlined``).
    public init(root: URL, displayRoot: String, outlined: Set<String> = []) {
        folder = ContentFolder(root: root, displayRoot: displayRoot)
        self.outlined = outlined
    }

    /// Every top-level entry the contract knows.
    static let topLevel: Set<String> = ["site.yml", "prompts.jsonl", "models", "judges", "languages", "pages"]

    public func load() -> Result {
        var problems: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.root.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            return Result(content: nil, diagnostics: [.error(folder.displayRoot, "content folder not found")])
        }
        let entries = folder.list("", problems: &problems)
        let names = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in entries where !Self.topLevel.contains(entry.name) && entry.name != "README.md" {
            problems.append(.warning(entry.displayPath, "the content format has no place for this \(entry.isDirectory ? "folder" : "file"); it is ignored"))
        }

        var site: SiteConfig?
        if let entry = names["site.yml"], !entry.isDirectory {
            site = readYAML(entry, problems: &problems) { MetadataDecoding.site(&$0) }
        } else {
            problems.append(.error(folder.displayPath("site.yml"), "missing site.yml (title, reference, judge, …)"))
        }

        var sourcePrompts: [SourcePrompt] = []
        if let entry = names["prompts.jsonl"], !entry.isDirectory {
            sourcePrompts = readSourcePrompts(entry, problems: &problems)
        } else {
            problems.append(.error(folder.displayPath("prompts.jsonl"), "missing prompts.jsonl (the English source prompts)"))
        }

        let models = readMetadataFolder("models", present: names["models"], problems: &problems,
                                        placeholder: { ModelInfo(id: $0, name: $0) }) { id, f in
            MetadataDecoding.model(id: id, &f)
        }
        let judges = readMetadataFolder("judges", present: names["judges"], problems: &problems,
                                        placeholder: { JudgeInfo(id: $0, name: $0) }) { id, f in
            MetadataDecoding.judge(id: id, &f)
        }
        let languages = readLanguages(present: names["languages"], problems: &problems)
        let pages = readPages(present: names["pages"], problems: &problems)

        guard let site else {
            return Result(content: nil, diagnostics: problems.sorted())
        }
        let content = Content(site: site, sourcePrompts: sourcePrompts, models: models, judges: judges,
                              languages: languages, pages: pages)
        return Result(content: content, diagnostics: problems.sorted())
    }

    /// site.yml alone, nil when it is missing or has errors (`load` reports them): for what a
    /// build decides before loading the rest.
    public func site() -> SiteConfig? {
        var problems: [Diagnostic] = []
        let entry = ContentFolder.Entry(name: "site.yml", url: folder.root.appendingPathComponent("site.yml"),
                                        isDirectory: false, displayPath: folder.displayPath("site.yml"))
        let site = readYAML(entry, problems: &problems) { MetadataDecoding.site(&$0) }
        return problems.hasErrors ? nil : site
    }

    // MARK: - Pieces

    func readYAML<T>(_ entry: ContentFolder.Entry, problems: inout [Diagnostic],
                     _ decode: (inout YAMLFields) -> T?) -> T? {
        guard let text = readText(entry.url, displayPath: entry.displayPath, problems: &problems) else { return nil }
        guard var fields = YAMLFields(text: text, path: entry.displayPath, problems: &problems) else { return nil }
        let value = decode(&fields)
        problems.append(contentsOf: fields.problems)
        return value
    }

    /// The `<id>.yml` files of `models/` or `judges/`. A file that exists always gives its id, with
    /// `placeholder` standing in when it cannot be read (its error is reported and stops the build).
    private func readMetadataFolder<T>(_ name: String, present: ContentFolder.Entry?, problems: inout [Diagnostic],
                                       placeholder: (String) -> T, _ decode: (String, inout YAMLFields) -> T) -> [T] {
        guard let present, present.isDirectory else { return [] }
        return folder.idFiles(name, suffix: ".yml", expected: "<id>.yml files in \(name)/",
                              idKind: "an id", problems: &problems).map { id, entry in
            readYAML(entry, problems: &problems, { decode(id, &$0) }) ?? placeholder(id)
        }
    }

    private func readSourcePrompts(_ entry: ContentFolder.Entry, problems: inout [Diagnostic]) -> [SourcePrompt] {
        JSONLRecords.read(entry, problems: &problems) { f in
            let id = f.requiredString("id")
            let text = f.requiredString("prompt")
            let category = f.optionalString("category")
            let kind = f.optionalString("kind")
            let rating = f.optionalNumber("avg_rating")
            guard let id, let text else { return nil }
            return SourcePrompt(id: id, prompt: text, category: category, kind: kind, averageRating: rating,
                                location: f.location)
        }
    }

    private func readPages(present: ContentFolder.Entry?, problems: inout [Diagnostic]) -> [Page] {
        guard let present, present.isDirectory else { return [] }
        var pages: [Page] = []
        for entry in folder.list("pages", problems: &problems) {
            guard !entry.isDirectory, entry.name.hasSuffix(".md") else {
                problems.append(.warning(entry.displayPath, "expected only Markdown pages (*.md) in pages/; this is ignored"))
                continue
            }
            let slug = String(entry.name.dropLast(3))
            guard Identifier.isValid(slug) else {
                problems.append(.error(entry.displayPath, "a page's file name must match \(Identifier.rule)"))
                continue
            }
            guard let text = readText(entry.url, displayPath: entry.displayPath, problems: &problems) else { continue }
            guard let split = FrontMatter.split(text) else {
                problems.append(.error(entry.displayPath, line: 1, "a page must start with YAML front matter between --- lines (title, order)"))
                continue
            }
            guard var f = YAMLFields(text: split.yaml, path: entry.displayPath, lineOffset: split.yamlLineOffset,
                                     problems: &problems) else { continue }
            let title = f.string("title", required: true)
            let order = f.int("order") ?? 100
            f.warnUnknownKeys()
            problems += f.problems
            if let title {
                pages.append(Page(slug: slug, title: title, order: order, body: split.body,
                                  path: entry.displayPath, bodyLine: split.bodyLine))
            }
        }
        return pages.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    func readText(_ url: URL, displayPath: String, problems: inout [Diagnostic]) -> String? {
        guard let data = try? Data(contentsOf: url) else {
            problems.append(.error(displayPath, "cannot read the file"))
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset($0) }) {
            let line = bytes[..<bad].filter { $0 == 0x0A }.count + 1
            let lineStart = bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            problems.append(.error(displayPath, line: line, column: bad - lineStart + 1,
                                   "invalid UTF-8 byte 0x\(String(bytes[bad], radix: 16, uppercase: true)); save the file as UTF-8"))
            return nil
        }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
