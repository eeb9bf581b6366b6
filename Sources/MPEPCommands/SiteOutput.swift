import Foundation
import MPEPParallel
import MPEPRender
import MPEPWrite

/// The write stage as the build uses it: the README's new text is prepared (and its markers
/// checked) before anything is touched; the render stage streams the site into a stage
/// (`Staging`, a hidden folder beside the output) which is swapped in once the site is whole and
/// within its budget; then the README is replaced by a rename. Each replacement is atomic on its
/// own; a kill between the two leaves the new site with the previous README, which `mpep check`
/// reports as out of date. A failure before the swap abandons the stage: nothing was touched.
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

    /// The README with its efforts region replaced, nil when it already holds that region.
    static func readme(_ readme: URL, region: String) throws(Failure) -> Data? {
        guard let data = FileManager.default.contents(atPath: readme.path),
              let text = String(data: data, encoding: .utf8) else {
            throw .unreadableReadme(path: readme.relativePath)
        }
        do {
            let replaced = try ReadmeRegion.replacing(in: text, with: region)
            return replaced == text ? nil : Data(replaced.utf8)
        } catch {
            throw .readme(path: readme.relativePath, error)
        }
    }

    /// The site being written: files go into the stage as the renderer hands them over, and the
    /// site's size is counted as they go (the budget is checked before `commit`).
    struct Staging: RenderedFileSink {
        let stage: StagedSite
        private let counted = Locked(SiteSize())

        init(output: URL) throws(Failure) {
            do {
                stage = try SiteWriter(output: output).begin()
            } catch {
                throw .write(error)
            }
        }

        var size: SiteSize { counted.current }

        /// Stages the files in runs of 256 on every core (the kernel's copying and folder updates are
        /// one core's work otherwise: a language rebuilt alone has hundreds of pages).
        func accept(_ files: [RenderedFile]) throws(SinkError) {
            let runs = stride(from: 0, to: files.count, by: 256).map { $0..<min($0 + 256, files.count) }
            let failures = ParallelMap.map(runs) { run -> WriteError? in
                do throws(WriteError) {
                    for file in files[run] {
                        if let origin = file.origin {
                            try stage.link(file.path, from: origin, data: file.data)
                        } else {
                            try stage.write(file.path, file.data)
                        }
                    }
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw SinkError(failure.description) }
            counted.withLock { size in
                for file in files { size.add(path: file.path, bytes: file.data.count) }
            }
        }

        /// Swaps the staged site in, then replaces the README with `readme` (when given).
        func commit(readme: URL?, with newReadme: Data?) throws(Failure) {
            do throws(WriteError) {
                try stage.commit()
                if let readme, let newReadme { try AtomicFile.replace(readme, with: newReadme) }
            } catch {
                throw .write(error)
            }
        }

        /// Gives the stage up (`StagedSite.abandon`); the output and README stay as they were.
        func abandon() {
            stage.abandon()
        }
    }
}
