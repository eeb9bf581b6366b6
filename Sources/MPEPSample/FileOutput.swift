import Foundation

/// File writes at the edge: whole files from memory, errors naming the path.
enum FileOutput {
    static func makeDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw SampleError(file: url.path, "cannot create the folder: \(error.localizedDescription)")
        }
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        do {
            try Data(bytes).write(to: url)
        } catch {
            throw SampleError(file: url.path, "cannot write the file: \(error.localizedDescription)")
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }
}

/// Collects errors from parallel work and reports the one of the lowest index, so the error
/// a user sees does not depend on thread scheduling.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [(Int, Error)] = []

    func add(_ index: Int, _ error: Error) {
        lock.lock()
        errors.append((index, error))
        lock.unlock()
    }

    var first: Error? {
        lock.lock()
        defer { lock.unlock() }
        return errors.min { $0.0 < $1.0 }?.1
    }
}
