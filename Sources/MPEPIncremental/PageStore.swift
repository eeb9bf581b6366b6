#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MPEPContent
import MPEPParallel
import MPEPRender

/// The list of each language's own files (leaderboard page and data, prompt and model pages) as
/// the last build wrote them, in `.mpep-cache/render/<code>.tsv`: each file's path, size and hash,
/// its stamp in the output after the write, and for a page reusable on its own the key of what
/// it was drawn from. A listed file is reused from the output folder only while it is still what
/// was written there (`reuse`): a file edited or lost there is rendered again.
struct PageStore: Sendable {
    let folder: URL
    /// The output folder's path, which the stored paths are relative to.
    private let outputPath: String

    init(cacheFolder: URL, output: URL) {
        folder = cacheFolder.appendingPathComponent("render")
        outputPath = output.path
    }

    /// A language's entry as the last build left it.
    func entry(_ code: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: file(code).path) else { return nil }
        return Entry(text: String(decoding: data, as: UTF8.self))
    }

    func write(_ entry: Entry, code: String) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(entry.text.utf8).write(to: file(code), options: .atomic)
    }

    /// Every file of the entry as it sits in the output, nil when any one is no longer what was written.
    func files(_ entry: Entry) -> [RenderedFile]? {
        var files: [RenderedFile] = []
        files.reserveCapacity(entry.files.count)
        for stored in entry.files {
            guard let file = reuse(stored) else { return nil }
            files.append(file)
        }
        return files
    }

    /// The stored file as it sits in the output, when it is still what was written there: a file
    /// whose stamp is the one recorded after the last write is trusted, any other read and compared.
    ///
    /// A plain `open`, `fstat` and `mmap` per file: through `URL` and `Data(contentsOf:)`, with a
    /// second `stat` for the stamp, checking a served language's 600 files cost a nothing-changed
    /// build a third of its plan.
    func reuse(_ stored: Entry.File) -> RenderedFile? {
        let path = outputPath + "/" + stored.path
        guard let (bytes, stamp) = Self.mapped(path), bytes.count == stored.size else { return nil }
        if stored.stamp == nil || stamp != stored.stamp {
            guard Self.hash(bytes) == stored.hash else { return nil }
        }
        return RenderedFile(path: stored.path, data: bytes, origin: path)
    }

    /// A regular file's bytes, mapped, with its stamp (`FileStamp`; nil when it is too recent to trust).
    private static func mapped(_ path: String) -> (Data, String?)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else { return (Data(), FileStamp.of(info)) }
        guard let start = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), start != MAP_FAILED else { return nil }
        return (Data(bytesNoCopy: start, count: size, deallocator: .unmap), FileStamp.of(info))
    }

    /// The entry with each file's stamp as the write stage left it (hard links change a file's
    /// change time, so reused files too), for `reuse` to trust next time.
    func stamped(_ entry: Entry) -> Entry {
        var entry = entry
        for i in entry.files.indices {
            entry.files[i].stamp = FileStamp.of(outputPath + "/" + entry.files[i].path)
        }
        return entry
    }

    static func hash(_ data: Data) -> String {
        var hash = ContentHash()
        hash.add(data)
        return hash.hex
    }

    private func file(_ code: String) -> URL {
        folder.appendingPathComponent("\(code).tsv")
    }

    /// One language's files, kept as text: a header line, the key, then a tab-separated line per
    /// file (path, size, hash, stamp, inputs; `-` for none). Site paths hold no tabs or newlines.
    /// Decoding eleven thousand lines with JSONDecoder cost a nothing-changed build a quarter second.
    struct Entry: Sendable {
        static let header = "mpep render cache 2"

        struct File: Sendable {
            var path: String
            var size: Int
            var hash: String
            /// `FileStamp` of the written file, recorded after the write stage.
            var stamp: String?
            /// For a page reusable on its own, the key of what it was drawn from (`CacheKeys.page`).
            var inputs: String?
        }

        var key: String
        var files: [File]

        init(key: String, files: [File]) {
            self.key = key
            self.files = files
        }

        /// Nil for anything but what `text` wrote (an older format reads as a miss).
        init?(text: String) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // Header, key, then file lines, the last one ended by a newline (hence an empty last piece).
            guard lines.count >= 3, lines[0] == Self.header, lines.last == "" else { return nil }
            key = String(lines[1])
            var files: [File] = []
            files.reserveCapacity(lines.count - 3)
            for line in lines[2..<(lines.count - 1)] {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 5, let size = Int(fields[1]) else { return nil }
                func optional(_ field: Substring) -> String? { field == "-" ? nil : String(field) }
                files.append(File(path: String(fields[0]), size: size, hash: String(fields[2]),
                                  stamp: optional(fields[3]), inputs: optional(fields[4])))
            }
            self.files = files
        }

        var text: String {
            var text = Self.header + "\n" + key + "\n"
            for file in files {
                text += "\(file.path)\t\(file.size)\t\(file.hash)\t\(file.stamp ?? "-")\t\(file.inputs ?? "-")\n"
            }
            return text
        }
    }
}
