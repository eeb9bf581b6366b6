import Foundation
import MPEPCheck
import MPEPContent
import Testing
import TestSupport

/// A content tree broken in exactly one way: `ContentTrees.minimal` plus one mutation, and the
/// diagnostics the check must give for it, no more and no fewer.
struct BrokenTree: Sendable, CustomTestStringConvertible {
    let name: String
    let mutate: @Sendable (TemporaryDirectory) -> Void
    let expected: [String]

    init(_ name: String, expected: [String], _ mutate: @escaping @Sendable (TemporaryDirectory) -> Void) {
        self.name = name
        self.expected = expected
        self.mutate = mutate
    }

    var testDescription: String { name }

    /// Builds the tree in a temporary folder and runs the load and check stages over it.
    func run() -> (load: [Diagnostic], check: [Diagnostic]) {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        mutate(dir)
        return CheckRun.loadAndCheck(dir)
    }
}

enum CheckRun {
    static func loadAndCheck(_ dir: TemporaryDirectory, readme: ReadmeStatus? = nil) -> (load: [Diagnostic], check: [Diagnostic]) {
        let loaded = ContentLoader(root: dir.url, displayRoot: "content").load()
        guard let content = loaded.content else { return (loaded.diagnostics, []) }
        return (loaded.diagnostics, Checker(contentRoot: "content", readme: readme).check(content))
    }
}

extension TemporaryDirectory {
    /// Adds `line` at the end of a file of the tree (the minimal tree's files end without a newline).
    func append(_ relativePath: String, _ line: String) {
        let url = self.url.appendingPathComponent(relativePath)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        write(relativePath, text.isEmpty ? line : text + "\n" + line)
    }

    func remove(_ relativePath: String) {
        try! FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }

    /// Replaces the first occurrence of `old` in a file.
    func replace(_ relativePath: String, _ old: String, with new: String) {
        let url = self.url.appendingPathComponent(relativePath)
        let text = try! String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(old), "\(old) not in \(relativePath)")
        write(relativePath, text.replacingOccurrences(of: old, with: new))
    }
}
