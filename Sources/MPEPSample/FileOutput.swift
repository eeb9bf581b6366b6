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
