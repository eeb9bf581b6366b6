import Foundation
import MPEPContent

/// What the last successful build saw, by `stat`: a stamp of every language folder and of
/// everything else the build reads, with each language's content hash and its problems.
///
/// The next build compares stamps before loading anything. When the shared inputs (site.yml, the
/// source prompts, models, judges, pages, templates, options, the executable) are unchanged, the
/// languages whose folders are unchanged are loaded in outline (`ContentLoader.outlined`): their
/// rankings and pages come from the build cache and their problems from here, so a one-file
/// change reads one language instead of the whole tree. `--no-cache` builds without it.
struct BuildSnapshot: Codable {
    struct Language: Codable {
        var stamp: String
        /// The folder's content hash (`TreeHashes`), the key of its cached ranking and pages.
        var tree: String
        /// The loader's and the checker's findings in the folder's files (warnings: a build with
        /// errors records nothing).
        var diagnostics: [Diagnostic]
    }

    var shared: String
    var languages: [String: Language]

    static func read(from cacheFolder: URL) -> BuildSnapshot? {
        guard let data = FileManager.default.contents(atPath: file(cacheFolder).path) else { return nil }
        return try? CacheJSON.decoder.decode(BuildSnapshot.self, from: data)
    }

    func write(to cacheFolder: URL) {
        guard let data = try? CacheJSON.encoder.encode(self) else { return }
        try? FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        try? data.write(to: Self.file(cacheFolder), options: .atomic)
    }

    /// The languages that may be loaded in outline now: none when a shared input changed.
    func unchanged(_ now: Stamps) -> Set<String> {
        guard now.shared == shared else { return [] }
        return Set(now.languages.compactMap { code, stamp in languages[code]?.stamp == stamp ? code : nil })
    }

    private static func file(_ cacheFolder: URL) -> URL {
        cacheFolder.appendingPathComponent("snapshot.json")
    }

    /// The stamps of a content tree and the build's other inputs, taken before it is loaded.
    struct Stamps {
        var shared: String
        var languages: [String: String]

        init(content: URL, templates: URL, options: [String]) {
            let fm = FileManager.default
            var hash = ContentHash()
            hash.add("mpep snapshot 1\n" + options.joined(separator: "\n") + "\n" + RankCache.executableStamp)
            for name in ((try? fm.contentsOfDirectory(atPath: content.path)) ?? []).sorted() where name != "languages" {
                hash.add("\n" + name + " " + FileStamp.tree(content.appendingPathComponent(name)))
            }
            hash.add("\ntemplates " + FileStamp.tree(templates))
            let languagesFolder = content.appendingPathComponent("languages")
            hash.add("\nlanguages " + (FileStamp.of(languagesFolder.path) ?? "missing"))
            shared = hash.hex
            var languages: [String: String] = [:]
            for code in (try? fm.contentsOfDirectory(atPath: languagesFolder.path)) ?? [] {
                languages[code] = FileStamp.tree(languagesFolder.appendingPathComponent(code))
            }
            self.languages = languages
        }
    }
}
