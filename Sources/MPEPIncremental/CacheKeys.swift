import Foundation
import MPEPContent
import MPEPParallel

/// What each cached value is keyed by: a hash of everything it is computed from, so a value is
/// reused exactly when none of its inputs changed.
///
/// - A language's **ranking**: its folder, the source prompts, judges, models, site.yml, the rank
///   options and the mpep executable.
/// - A language's **pages** (all its own files): its folder, every content entry outside
///   `languages/` (so the above and the Markdown pages), the templates, the rank and page options,
///   the language's date and the executable. A ranking is a function of these, so the ranking
///   itself is not hashed.
/// - One **prompt page** of a language rendered afresh: what every page shares (as above, without
///   the language's folder), the language's date and language.yml, and the page's own inputs as
///   the renderer hashes them (`RenderedFile.inputs`).
struct CacheKeys: Sendable {
    private let contentRoot: URL
    private let rankShared: ContentHash
    private let pageShared: ContentHash
    private let languageDates: [String: String]
    let trees: TreeHashes
    /// Per language: `pageShared` with its language.yml (see `page`).
    private let pageBases = Locked<[String: ContentHash]>([:])

    init(_ inputs: BuildInputs, trees: TreeHashes) {
        contentRoot = inputs.content
        languageDates = inputs.languageDates
        self.trees = trees
        var rank = ContentHash()
        rank.add("mpep rank cache 3\n" + inputs.rankOptions.joined(separator: "\n") + "\n" + FileStamp.executable)
        for name in ["site.yml", "prompts.jsonl", "judges", "models"] {
            rank.add(name)
            rank.addTree(inputs.content.appendingPathComponent(name))
        }
        rankShared = rank
        var pages = ContentHash()
        // The rank options too: a page shows its language's ranking.
        pages.add("mpep render cache 3\n" + (inputs.rankOptions + inputs.pageOptions).joined(separator: "\n") + "\n"
                  + FileStamp.executable)
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: inputs.content.path)) ?? []).sorted()
        for name in entries where name != "languages" {
            pages.add(name)
            pages.addTree(inputs.content.appendingPathComponent(name))
        }
        pages.add("templates")
        pages.addTree(inputs.templates)
        pageShared = pages
    }

    func languageFolder(_ code: String) -> URL {
        contentRoot.appendingPathComponent(ContentLayout.languageFolder(code))
    }

    func rank(_ code: String) -> String {
        var key = rankShared
        key.add(code)
        key.add(trees.hash(languageFolder(code)))
        return key.hex
    }

    func pages(_ code: String) -> String {
        var key = pageShared
        key.add(code + " dated " + (languageDates[code] ?? ""))
        key.add(trees.hash(languageFolder(code)))
        return key.hex
    }

    func page(_ inputs: ContentHash, _ code: String) -> String {
        var key = pageBases.withLock { $0[code] } ?? {
            var base = pageShared
            base.add("page of " + code + " dated " + (languageDates[code] ?? ""))
            base.addTree(contentRoot.appendingPathComponent(ContentLayout.languageYML(code)))
            pageBases.withLock { $0[code] = base }
            return base
        }()
        key.add(inputs.hex)
        return key.hex
    }
}
