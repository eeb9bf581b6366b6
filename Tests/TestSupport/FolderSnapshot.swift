import Foundation

/// Every file under a folder with its bytes, for comparing whole builds.
public func folderSnapshot(_ root: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return files
    }
    let prefix = root.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    for case let url as URL in walker {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        files[String(path.dropFirst(prefix.count))] = FileManager.default.contents(atPath: url.path)
    }
    return files
}

/// The `mpep` executable built beside the test bundle, if it is there.
public var mpepExecutable: URL? {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("mpep")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return candidate
        }
        dir.deleteLastPathComponent()
    }
    return nil
}

/// Runs `mpep` with arguments in a working directory; returns exit code, stdout and stderr.
/// `environment` entries are set over the test's own environment (e.g. another `LANG` or `TZ`).
public func runMPEP(_ arguments: [String], in directory: URL,
                    environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    guard let executable = mpepExecutable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// Where two folder snapshots first differ, as one short line a failed expectation can show (a
/// whole tree or file in a message is kilobytes on one line): a file on one side only, or the
/// first line where a file's bytes differ, with the number of files that differ. Nil when equal.
///
///     #expect(firstDifference(expected, actual) == nil)
public func firstDifference(_ expected: [String: Data], _ actual: [String: Data]) -> String? {
    let differing = Set(expected.keys).union(actual.keys).filter { expected[$0] != actual[$0] }.sorted()
    guard let path = differing.first else { return nil }
    let more = differing.count > 1 ? " (\(differing.count) files differ; the first shown)" : ""
    guard let want = expected[path] else { return "\(path): not expected, but there\(more)" }
    guard let got = actual[path] else { return "\(path): expected, but missing\(more)" }
    let wantLines = want.split(separator: 0x0A, omittingEmptySubsequences: false)
    let gotLines = got.split(separator: 0x0A, omittingEmptySubsequences: false)
    let line = zip(wantLines, gotLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(wantLines.count, gotLines.count)
    func shown(_ lines: [Data.SubSequence]) -> String {
        guard line < lines.count else { return "(end of file)" }
        let text = String(decoding: lines[line], as: UTF8.self)
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }
    return "\(path):\(line + 1): expected \(shown(wantLines)) but found \(shown(gotLines))\(more)"
}
