import Foundation
import MPEPParallel

/// Reads one `languages/<code>/` folder: its language.yml, translations, outputs and annotations.
struct LanguageLoader {
    let loader: ContentLoader
    var folder: ContentFolder { loader.folder }

    /// - Parameter outline: read only language.yml and the translations, and the names of the
    ///   output and annotation files without their records (``ContentLoader/outlined``).
    func load(code: String, outline: Bool = false) -> (LanguageContent?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        let base = "languages/" + code
        let entries = folder.list(base, problems: &problems)
        let byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

        guard let yml = byName["language.yml"], !yml.isDirectory else {
            problems.append(.error(folder.displayPath(base), "language folder without language.yml (name, native_name, status, …)"))
            return (nil, problems)
        }
        // A language.yml with errors still gives the language (with stand-ins for the bad fields,
        // never published: the errors stop the build), so its other files are checked in the same run.
        let info = loader.readYAML(yml, problems: &problems, { MetadataDecoding.language(code: code, &$0) })
            ?? LanguageInfo(code: code, name: code, nativeName: code)
        var language = LanguageContent(info: info)
        var records = LoadedRecords()
        var files = RecordFiles()

        for entry in entries where !ContentLayout.languageEntries.contains(where: {
            $0.name == entry.name && $0.isFolder == entry.isDirectory
        }) {
            problems.append(.error(entry.displayPath, Self.undefined(entry, judges: judgeFolders(base, entries: byName))))
        }
        if let file = byName["prompts.jsonl"], !file.isDirectory {
            language.prompts = readTranslations(file, problems: &problems)
        }
        if let file = byName["translators.yml"], !file.isDirectory,
           let names = loader.readYAML(file, problems: &problems, { MetadataDecoding.translatorNames(&$0) }) {
            language.translatorNames = names
        }
        if let outputs = byName["outputs"], outputs.isDirectory {
            let outputFiles = jsonlFiles(base + "/outputs", problems: &problems)
            let read = readAll(outputFiles, outline: outline, readOutputs)
            for (file, (rows, found)) in zip(outputFiles, read) {
                records.outputs[file.id] = rows
                files.outputs.insert(file.id)
                problems += found
            }
        }
        if let annotations = byName["annotations"], annotations.isDirectory {
            // Per judge folder: what listing it found, and its files.
            var judges: [(name: String, listing: [Diagnostic], files: [(id: String, entry: ContentFolder.Entry)])] = []
            for judgeFolder in folder.list(base + "/annotations", problems: &problems) {
                guard judgeFolder.isDirectory else {
                    problems.append(.error(judgeFolder.displayPath, Self.undefined(judgeFolder, in: "annotations",
                                                                                   judges: judgeFolders(base, entries: byName))))
                    continue
                }
                guard Identifier.isValid(judgeFolder.name) else {
                    problems.append(.error(judgeFolder.displayPath, "a judge folder's name must be an id matching \(Identifier.rule)"))
                    continue
                }
                var listing: [Diagnostic] = []
                let files = jsonlFiles(base + "/annotations/" + judgeFolder.name, problems: &listing)
                judges.append((judgeFolder.name, listing, files))
            }
            var read = readAll(judges.flatMap(\.files), outline: outline, readAnnotations)[...]
            for judge in judges {
                problems += judge.listing
                var byModel: [String: [Annotation]] = [:]
                for file in judge.files {
                    let (rows, found) = read.removeFirst()
                    byModel[file.id] = rows
                    problems += found
                }
                records.annotations[judge.name] = byModel
                files.annotations[judge.name] = Set(judge.files.map(\.id))
            }
        }
        language.records = outline ? .outlined(files) : .loaded(records)
        return (language, problems)
    }

    /// The judge folders already in `annotations/`, for suggestions.
    private func judgeFolders(_ base: String, entries: [String: ContentFolder.Entry]) -> [String] {
        guard entries["annotations"]?.isDirectory == true else { return [] }
        var ignored: [Diagnostic] = []
        return folder.list(base + "/annotations", problems: &ignored).filter(\.isDirectory).map(\.name)
    }

    /// Why an entry the contract does not define in a language folder (`in` nil) or in its
    /// `annotations/` is refused, with the path it was probably meant to have.
    static func undefined(_ entry: ContentFolder.Entry, in parent: String? = nil, judges: [String]) -> String {
        let judge = judges.count == 1 ? judges[0] : "<judge>"
        let stem = ContentFolder.stem(entry.name)
        let model = stem.isEmpty ? "<model>" : stem
        let lost = "its data would be left out of the site"
        if parent == "annotations" {
            return "an annotation file belongs in its judge's folder; did you mean annotations/\(judge)/\(model).jsonl? (\(lost))"
        }
        if !entry.isDirectory, entry.name.hasSuffix(".jsonl") || entry.name.hasSuffix(".json") {
            return "a language folder holds \(ContentLayout.languageEntryList) only; did you mean outputs/\(model).jsonl "
                + "or annotations/\(judge)/\(model).jsonl? (\(lost))"
        }
        if let defined = ContentLayout.languageEntries.first(where: { $0.name == entry.name }) {
            return "\(entry.name) must be a \(defined.isFolder ? "folder" : "file") (\(defined.holds))"
        }
        return "the content format has no place for this \(entry.isDirectory ? "folder" : "file") in a language folder, "
            + "which holds \(ContentLayout.languageEntryList) only (\(lost))"
    }

    /// Each file's records and findings, the files read in parallel (a language alone in a build, as
    /// in a one-file rebuild, then uses every core); nothing is read in outline. The findings come
    /// back per file, for the caller to report in the order of a serial read.
    private func readAll<Record: Sendable>(
        _ files: [(id: String, entry: ContentFolder.Entry)], outline: Bool,
        _ read: @Sendable (ContentFolder.Entry, inout [Diagnostic]) -> [Record]
    ) -> [([Record], [Diagnostic])] {
        guard !outline else { return files.map { _ in ([], []) } }
        return ParallelMap.map(files) { file in
            var found: [Diagnostic] = []
            return (read(file.entry, &found), found)
        }
    }

    /// `<model>.jsonl` files of a folder, keyed by model id; anything else is reported.
    private func jsonlFiles(_ relative: String, problems: inout [Diagnostic]) -> [(id: String, entry: ContentFolder.Entry)] {
        folder.idFiles(relative, suffix: ".jsonl", expected: "<model>.jsonl files here", idKind: "a model id",
                       problems: &problems)
    }

    private func readTranslations(_ entry: ContentFolder.Entry, problems: inout [Diagnostic]) -> [Translation] {
        JSONLRecords.read(entry, problems: &problems) { f in
            let id = f.requiredString("id")
            let text = f.requiredString("prompt")
            let translators = f.optionalStringList("translators")
            var status = Translation.Status.submitted
            if let raw = f.optionalString("status") {
                if let parsed = Translation.Status(rawValue: raw) {
                    status = parsed
                } else {
                    f.error("status", "\"status\" must be \"submitted\" or \"reviewed\", found \"\(raw.prefix(40))\"")
                }
            }
            guard let id, let text else { return nil }
            return Translation(id: id, prompt: text, translators: translators, status: status, location: f.location)
        }
    }

    private func readOutputs(_ entry: ContentFolder.Entry, problems: inout [Diagnostic]) -> [ModelOutput] {
        JSONLRecords.read(entry, problems: &problems) { f in
            let id = f.requiredString("id")
            var output: String?
            if let member = f.members["output"] {
                if case .string(let s) = member.value { output = s } else {
                    f.error("output", "\"output\" must be a string, found \(member.value.summary)")
                }
            } else {
                f.error("output", "missing \"output\" (a string)")
            }
            guard let id, let output else { return nil }
            return ModelOutput(id: id, output: output, location: f.location)
        }
    }

    private func readAnnotations(_ entry: ContentFolder.Entry, problems: inout [Diagnostic]) -> [Annotation] {
        JSONLRecords.read(entry, problems: &problems) { f in
            let id = f.requiredString("id")
            let preference = f.preference()
            guard let id, let preference else { return nil }
            return Annotation(id: id, preference: preference, location: f.location)
        }
    }
}

/// Reads a JSONL file of the contract into typed records: each line's fields are decoded by
/// `decode`, whose problems (and the file's own) join `problems`; lines that fail give no record.
enum JSONLRecords {
    static func read<T>(_ entry: ContentFolder.Entry, problems: inout [Diagnostic],
                        _ decode: (inout RecordFields) -> T?) -> [T] {
        var rows: [T] = []
        let path = entry.displayPath
        problems += JSONLReader.read(entry.url, displayPath: path) { record in
            var fields = RecordFields(record, path: path)
            let row = decode(&fields)
            problems += fields.problems
            if let row { rows.append(row) }
        }
        return rows
    }
}

extension ContentLoader {
    /// Reads every language folder, in parallel, returning them sorted by code.
    func readLanguages(present: ContentFolder.Entry?, problems: inout [Diagnostic]) -> [LanguageContent] {
        guard let present, present.isDirectory else { return [] }
        var codes: [String] = []
        for entry in folder.list("languages", problems: &problems) {
            guard entry.isDirectory else {
                problems.append(.warning(entry.displayPath, "expected only language folders in languages/; this file is ignored"))
                continue
            }
            guard Identifier.isValid(entry.name) else {
                problems.append(.error(entry.displayPath, "a language folder's name must be an ISO 639 code matching \(Identifier.rule)"))
                continue
            }
            if let only, !only.contains(entry.name) { continue }
            codes.append(entry.name)
        }
        // Outlined languages first (a few small files each), then the others: a language read in
        // full alone then runs in the caller's thread, so its own parallel reads get every core
        // (`ParallelMap` runs a single item inline; nested in a parallel map they would run serially).
        let (light, full) = (codes.filter { outlined.contains($0) }, codes.filter { !outlined.contains($0) })
        let load = { @Sendable (code: String) in LanguageLoader(loader: self).load(code: code, outline: outlined.contains(code)) }
        let loaded = ParallelMap.map(light, load) + ParallelMap.map(full, load)
        let byCode = Dictionary(uniqueKeysWithValues: zip(light + full, loaded))
        let results = codes.map { byCode[$0]! }
        var languages: [LanguageContent] = []
        for (language, found) in results {
            problems += found
            if let language { languages.append(language) }
        }
        return languages
    }
}
