import Foundation
import MPEPContent
import MPEPMarkdown
import MPEPParallel

/// cmark-gfm parses under a process-wide lock (`CmarkRenderer`). Three ways to render many
/// outputs, timed on the same texts: one thread; all cores in one process (parsing serialized by
/// the lock, HTML rendering in parallel); one worker process per core (no shared lock at all).
enum MarkdownLockComparison {
    static func texts(from contentRoot: URL, limit: Int) -> [String] {
        guard let content = ContentLoader(root: contentRoot, displayRoot: "content").load().content else { return [] }
        var texts: [String] = []
        for records in content.languages.compactMap(\.loaded) {
            for (_, rows) in records.outputs.sorted(by: { $0.key < $1.key }) {
                for row in rows where texts.count < limit { texts.append(row.output) }
            }
        }
        return texts
    }

    /// The worker side: renders every `count`-th text of the file from `index`.
    static func runChild(file: String, index: Int, count: Int) -> Int32 {
        guard let data = FileManager.default.contents(atPath: file) else { return 1 }
        let texts = data.split(separator: 0, omittingEmptySubsequences: false)
        var bytes = 0
        for i in stride(from: index, to: texts.count, by: count) {
            bytes += Markdown.html(String(decoding: texts[i], as: UTF8.self), trust: .data).utf8.count
        }
        return bytes > 0 ? 0 : 1
    }

    static func run(_ texts: [String], folder: URL, log: URL) {
        let total = texts.reduce(0) { $0 + $1.utf8.count }
        print("Markdown, \(texts.count) model outputs (\(total / 1024) KB), cmark-gfm's parse lock:")
        func seconds(_ body: () -> Void) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let one = seconds { for text in texts { _ = Markdown.html(text, trust: .data) } }
        let shared = seconds { _ = ParallelMap.map(texts) { Markdown.html($0, trust: .data).utf8.count } }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("outputs.bin")
        var joined = Data()
        for (i, text) in texts.enumerated() {
            if i > 0 { joined.append(0) }
            joined.append(Data(text.utf8))
        }
        try? joined.write(to: file)
        let workers = seconds {
            DispatchQueue.concurrentPerform(iterations: cores) { index in
                _ = Measured.run(Measured.selfExecutable, ["--child-markdown", file.path, String(index), String(cores)], log: log)
            }
        }
        func line(_ label: String, _ s: Double) -> String {
            "  \(label): \(s.fixed(2)) s, \((Double(texts.count) / s).fixed(0)) outputs/s, \((Double(total) / s / 1_048_576).fixed(1)) MB/s"
        }
        print(line("1 thread", one))
        print(line("\(cores) threads, one process (parse lock)", shared))
        print(line("\(cores) worker processes (no lock; includes process start)", workers))
    }
}
