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
