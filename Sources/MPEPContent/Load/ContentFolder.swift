import Foundation

/// Lists folders of the content tree, refusing symbolic links that lead outside it, so a pull
/// request cannot make the build read (and publish) a file from elsewhere on the machine.
struct ContentFolder: Sendable {
    struct Entry: Sendable {
        var name: String
        var url: URL
        var isDirectory: Bool
        /// The path shown in messages, e.g. `content/languages/nl/prompts.jsonl`.
        var displayPath: String
    }

    let root: URL
    let resolvedRoot: String
    let displayRoot: String

    init(root: URL, displayRoot: String) {
        self.root = root.standardizedFileURL
        resolvedRoot = self.root.resolvingSymlinksInPath().path
        self.displayRoot = displayRoot
    }

    func displayPath(_ relative: String) -> String {
        ContentLayout.displayPath(relative, under: displayRoot)
    }

    /// The entries of `relative` (a folder under the root), sorted by name; hidden entries skipped.
    func list(_ relative: String, problems: inout [Diagnostic]) -> [Entry] {
        let folder = relative.isEmpty ? root : root.appendingPathComponent(relative)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            problems.append(.error(displayPath(relative), "cannot list the folder: \(error.localizedDescription)"))
            return []
        }
        var entries: [Entry] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let url = folder.appendingPathComponent(name)
            guard let kind = kind(of: url, displayPath: displayPath(rel), problems: &problems) else { continue }
            entries.append(Entry(name: name, url: url, isDirectory: kind, displayPath: displayPath(rel)))
        }
        return entries
    }

    /// The `<id><suffix>` files of a folder, with their ids (names are ids, so they are checked
    /// before any path is built from them). Anything else there is an error naming the path the
    /// contract expects: its data would otherwise be left out of the site without a word.
    ///
    /// - Parameters:
    ///   - expected: what the folder should hold, for the error (`"<id>.yml files in models/"`).
    ///   - idKind: what the id names, for the error (`"an id"`, `"a model id"`).
    func idFiles(_ relative: String, suffix: String, expected: String, idKind: String,
                 problems: inout [Diagnostic]) -> [(id: String, entry: Entry)] {
        var files: [(id: String, entry: Entry)] = []
        for entry in list(relative, problems: &problems) {
            guard !entry.isDirectory, entry.name.hasSuffix(suffix) else {
                problems.append(.error(entry.displayPath, Self.misplaced(entry, in: relative, suffix: suffix, expected: expected)))
                continue
            }
            let id = String(entry.name.dropLast(suffix.count))
            guard Identifier.isValid(id) else {
                problems.append(.error(entry.displayPath, "the file name must be \(idKind) matching \(Identifier.rule)"))
                continue
            }
            files.append((id, entry))
        }
        return files
    }

    /// Why an entry of an id folder is not read, and the path it was probably meant to have.
    static func misplaced(_ entry: Entry, in relative: String, suffix: String, expected: String) -> String {
        if entry.isDirectory {
            return "expected only \(expected), not a folder; nothing in it is read"
        }
        let stem = Self.stem(entry.name)
        let guess = stem.isEmpty ? "" : "; did you mean \(relative)/\(stem)\(suffix)?"
        return "expected only \(expected); this file is not read\(guess)"
    }

    /// The id a misplaced file was probably meant to have: its name without the extensions of
    /// data, text or backup files (`llama-3.1-8b.json` → `llama-3.1-8b`, `m.jsonl.bak` → `m`);
    /// ids may hold dots, so only those extensions are taken off.
    static func stem(_ name: String) -> String {
        var stem = Substring(name)
        while let dot = stem.lastIndex(of: "."), dot != stem.startIndex,
              misplacedExtensions.contains(stem[stem.index(after: dot)...].lowercased()) {
            stem = stem[..<dot]
        }
        return String(stem)
    }

    static let misplacedExtensions: Set<String> = ["json", "jsonl", "ndjson", "yml", "yaml", "txt", "csv", "tsv", "md",
                                                   "bak", "orig", "old", "tmp"]

    /// true for a folder, false for a file, nil (with a diagnostic) for a link leaving the tree.
    private func kind(of url: URL, displayPath: String, problems: inout [Diagnostic]) -> Bool? {
        var isLink = false
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
           attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            isLink = true
        }
        if isLink {
            let target = url.resolvingSymlinksInPath().path
            guard target == resolvedRoot || target.hasPrefix(resolvedRoot + "/") else {
                problems.append(.error(displayPath, "symbolic link points outside the content folder; refused"))
                return nil
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            problems.append(.error(displayPath, "broken symbolic link"))
            return nil
        }
        return isDirectory.boolValue
    }
}
