import Foundation
import MPEPContent

/// The changes an import plans on a content tree, checked against what is already there
/// before anything is written.
///
/// Records are merged by id: a record that is already present with the same value is left
/// alone (so importing twice changes nothing), a new id is appended after the existing lines
/// (which stay byte for byte), and an id present with a *different* value is a conflict naming
/// the file, line and record. With any conflict ``apply()`` refuses and nothing is written.
/// An importer that syncs (Argilla) may instead ``replace(_:line:with:)`` a record it decided to
/// update: that line alone is rewritten, every other line stays byte for byte.
struct TreeEdit {
    /// A record to merge: its members in output order; `key` is the member compared with an
    /// existing record of the same id.
    struct Record {
        var id: String
        var key: String
        var members: [(String, JSONScalar)]

        var value: JSONScalar { members.first { $0.0 == key }?.1 ?? .null }
    }

    private struct RecordFile {
        var existingText: String?
        /// Existing records: line and members, by id.
        var existing: [String: (line: Int, members: [JSONMember])] = [:]
        var existingOrder: [String] = []
        var appended: [String] = []
        var appendedValues: [String: JSONScalar] = [:]
        /// New text of existing lines, by 1-based line number.
        var replaced: [Int: String] = [:]
    }

    let root: URL
    let displayRoot: String
    private var recordFiles: [String: RecordFile] = [:]
    private var createdFiles: [String: String] = [:]
    private(set) var problems: [Diagnostic] = []
    private(set) var summary = WriteSummary()

    init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    func displayPath(_ relative: String) -> String {
        ContentLayout.displayPath(relative, under: displayRoot)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func exists(_ relative: String) -> Bool {
        createdFiles[relative] != nil || FileManager.default.fileExists(atPath: url(relative).path)
    }

    mutating func conflict(_ relative: String, line: Int? = nil, _ message: String) {
        problems.append(.error(displayPath(relative), line: line, message))
    }

    /// The records already in a JSON Lines file (empty when it does not exist), in file order.
    mutating func existingRecords(_ relative: String) -> [(id: String, line: Int, members: [JSONMember])] {
        let file = load(relative)
        return file.existingOrder.map { id in (id, file.existing[id]!.line, file.existing[id]!.members) }
    }

    /// Merges records into a JSON Lines file (see the type's documentation).
    mutating func merge(_ relative: String, _ records: [Record]) {
        var file = load(relative)
        for record in records {
            if let old = file.existing[record.id] {
                if Self.same(old.members[record.key]?.value, record.value) {
                    summary.recordsUnchanged += 1
                } else {
                    conflict(relative, line: old.line,
                             "record \(JSONLine.quoted(record.id)) is already here with a different \"\(record.key)\"; the import does not overwrite it (remove or edit the line to import it)")
                }
            } else if let planned = file.appendedValues[record.id] {
                if planned != record.value {
                    conflict(relative, "two imported records share the id \(JSONLine.quoted(record.id)) with different \"\(record.key)\" values")
                }
            } else {
                file.appended.append(JSONLine.object(record.members))
                file.appendedValues[record.id] = record.value
                summary.recordsAdded += 1
            }
        }
        recordFiles[relative] = file
    }

    /// Plans an append of a record whose id the caller knows is not in the file yet.
    mutating func append(_ relative: String, _ members: [(String, JSONScalar)]) {
        var file = load(relative)
        file.appended.append(JSONLine.object(members))
        recordFiles[relative] = file
        summary.recordsAdded += 1
    }

    /// Counts an existing record an import found up to date.
    mutating func keep() { summary.recordsUnchanged += 1 }

    /// Plans rewriting an existing record's line (found by ``existingRecords(_:)``) with new members.
    mutating func replace(_ relative: String, line: Int, with members: [(String, JSONScalar)]) {
        var file = load(relative)
        file.replaced[line] = JSONLine.object(members)
        recordFiles[relative] = file
        summary.recordsUpdated += 1
    }

    /// Plans a whole file (YAML metadata) where none exists; an existing file is kept as it is.
    /// Returns whether the file will be created.
    @discardableResult
    mutating func createIfMissing(_ relative: String, _ text: String) -> Bool {
        guard !exists(relative) else { return false }
        createdFiles[relative] = text
        return true
    }

    /// Writes every planned change, each file through a temporary file and a rename.
    /// Throws, writing nothing, when a conflict was found. With `write: false` (a dry run) it
    /// checks and counts the same way and lists no file as written.
    mutating func apply(write: Bool = true) throws(InteropError) -> WriteSummary {
        if problems.hasErrors { throw InteropError(problems.sorted()) }
        var outputs: [(String, String)] = createdFiles.map { ($0.key, $0.value) }
        for (relative, file) in recordFiles where !file.appended.isEmpty || !file.replaced.isEmpty {
            var text = Self.replacingLines(file.existingText ?? "", file.replaced)
            guard !file.appended.isEmpty else {
                outputs.append((relative, text))
                continue
            }
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            text += file.appended.joined(separator: "\n") + "\n"
            outputs.append((relative, text))
        }
        outputs.sort { $0.0 < $1.0 }
        guard write else { return summary }
        for (relative, text) in outputs {
            let target = url(relative)
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try Data(text.utf8).write(to: target, options: .atomic)
            } catch {
                throw InteropError(displayPath(relative), "cannot write the file: \(error.localizedDescription)")
            }
            summary.written.append(displayPath(relative))
        }
        return summary
    }

    /// `text` with the given 1-based lines replaced; each keeps its CR (a CRLF file stays CRLF)
    /// and the first line its byte-order mark, as the line reader counts them.
    private static func replacingLines(_ text: String, _ replaced: [Int: String]) -> String {
        guard !replaced.isEmpty else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (number, new) in replaced where number >= 1 && number <= lines.count {
            let old = lines[number - 1]
            lines[number - 1] = (number == 1 && old.hasPrefix("\u{FEFF}") ? "\u{FEFF}" : "") + new
                + (old.hasSuffix("\r") ? "\r" : "")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Reading what is there

    private mutating func load(_ relative: String) -> RecordFile {
        if let file = recordFiles[relative] { return file }
        var file = RecordFile()
        let target = url(relative)
        if FileManager.default.fileExists(atPath: target.path) {
            let path = displayPath(relative)
            file.existingText = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
            let found = JSONLReader.read(target, displayPath: path) { record in
                guard let member = record.members["id"], case .string(let id) = member.value else {
                    problems.append(.error(path, line: record.line, "a record without a string \"id\": fix the file before importing into it"))
                    return
                }
                if file.existing[id] == nil {
                    file.existing[id] = (record.line, record.members)
                    file.existingOrder.append(id)
                }
            }
            problems += found.filter { $0.severity == .error }
        }
        recordFiles[relative] = file
        return file
    }

    private static func same(_ old: JSONValue?, _ new: JSONScalar) -> Bool {
        switch (old ?? .null, new) {
        case (.null, .null): return true
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.array(let a), .strings(let b)): return a == b.map { JSONValue.string($0) }
        default: return false
        }
    }
}

/// What an import wrote, for the command's report.
public struct WriteSummary: Equatable, Sendable {
    /// Files created or extended, as displayed paths, sorted.
    public var written: [String] = []
    public var recordsAdded = 0
    /// Existing records rewritten by a syncing import (Argilla).
    public var recordsUpdated = 0
    /// Records already present with the same value (a repeated import adds none).
    public var recordsUnchanged = 0

    /// One line for the command's output.
    public var line: String {
        "\(recordsAdded) records added, "
            + (recordsUpdated > 0 ? "\(recordsUpdated) updated, " : "")
            + "\(recordsUnchanged) already present; \(written.count) files written"
    }
}
