import Foundation
import MPEPParallel
import MPEPRender
import MPEPWrite

/// The write stage as the build uses it: the README's new text is prepared (and its markers
/// checked) before anything is touched, then the site is staged and swapped in, then the README
/// is replaced by a rename. Each replacement is atomic on its own; a kill between the two leaves
/// the new site with the previous README, which `mpep check` reports as out of date.
enum SiteOutput {
    enum Failure: Error, CustomStringConvertible {
        case readme(path: String, ReadmeRegionError)
        case unreadableReadme(path: String)
        case write(WriteError)

        var description: String {
            switch self {
            case .readme(let path, let error): return "\(path)\(error.line.map { ":\($0)" } ?? ""): \(error)"
            case .unreadableReadme(let path): return "\(path): cannot read the README"
            case .write(let error): return error.description
            }
        }
    }

    /// Writes the site and the README region; returns whether the README changed.
    /// `written` is told the number of files staged so far, for progress output (one call at a time).
    static func write(files: [RenderedFile], to output: URL, readme: URL?, readmeRegion: String,
                      written: @Sendable (Int) -> Void = { _ in }) throws(Failure) -> Bool {
        var newReadme: Data?
        if let readme {
            guard let data = FileManager.default.contents(atPath: readme.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw .unreadableReadme(path: readme.relativePath)
            }
            do {
                let replaced = try ReadmeRegion.replacing(in: text, with: readmeRegion)
                if replaced != text { newReadme = Data(replaced.utf8) }
            } catch {
                throw .readme(path: readme.relativePath, error)
            }
        }
        do throws(WriteError) {
            let stage = try SiteWriter(output: output).begin()
            do throws(WriteError) {
                try stageInParallel(files, into: stage, written: written)
                try stage.commit()
            } catch {
                stage.abandon()
                throw error
            }
            if let readme, let newReadme { try AtomicFile.replace(readme, with: newReadme) }
        } catch {
            throw .write(error)
        }
        return newReadme != nil
    }

    /// Stages the files in runs of 256 on every core (the kernel's copying and folder updates
    /// were one core's work, a few seconds at full size); the first failure is thrown.
    private static func stageInParallel(_ files: [RenderedFile], into stage: StagedSite,
                                        written: @Sendable (Int) -> Void) throws(WriteError) {
        let runs = stride(from: 0, to: files.count, by: 256).map { $0..<min($0 + 256, files.count) }
        let count = Locked(0)
        let failures = ParallelMap.map(runs) { run -> WriteError? in
            do throws(WriteError) {
                for file in files[run] {
                    if let origin = file.origin {
                        try stage.link(file.path, from: origin, data: file.data)
                    } else {
                        try stage.write(file.path, file.data)
                    }
                }
            } catch {
                return error
            }
            count.withLock {   // told under the lock: one call at a time, totals in order
                $0 += run.count
                written($0)
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}
