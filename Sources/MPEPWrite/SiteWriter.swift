#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CAtomicFiles
import Foundation
import MPEPParallel

/// Replaces the output folder in one step, so that the published site is always a whole
/// build: the previous one until `commit()`, the new one after.
///
/// ```swift
/// let stage = try SiteWriter(output: siteURL).begin()
/// try stage.write("index.html", page)
/// try stage.commit()
/// ```
///
/// The build is staged in a hidden folder beside the output (`.site-build-<random>` for an
/// output named `site`), on the same file system, and `commit()` exchanges the two with one
/// `renameat2(RENAME_EXCHANGE)` (macOS: `renamex_np(RENAME_SWAP)`); a first build, with no
/// output yet, renames. A failure or a `kill -9` at any moment therefore leaves the previous
/// output as it was; the killed build's staging folder is removed by the next `begin()`.
/// A lock file beside the output (`.site-build.lock`, held with `flock`, released by the
/// kernel when a process dies) keeps two builds from staging into the same output at once.
/// It is released with an explicit `LOCK_UN`, not by `close` alone: see `POSIX.unlockAndClose`.
///
/// The replaced output is not deleted but kept beside it (`.site-recycle`) and becomes the next
/// build's stage: every file that build writes replaces the old one (unlinked first: an old file
/// may be a hard link shared with the published site, which is never written into), and what it
/// does not write is removed before the exchange. A rebuild that changes little then creates and
/// deletes no folders, which on a site of ten thousand pages was most of the write stage.
///
/// The recycled files that the published site does not share (link count 1: after a build that
/// rendered every page, all of them) are unlinked on a background thread as soon as the stage
/// opens, and the first write waits for that sweep. Freeing a site's worth of data took about a
/// second of a two-second rebuild when each file went just before its path was written; this way it
/// overlaps the loading and ranking. Shared files stay until their path is written, since removing
/// a link changes the published file's stamp, which the build cache checks (`MPEPIncremental`).
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    var parent: String { output.deletingLastPathComponent().path }
    var name: String { output.lastPathComponent }
    /// Hidden names beside the output that belong to this writer.
    var stagingPrefix: String { ".\(name)-build-" }
    var lockPath: String { parent + "/.\(name)-build.lock" }
    /// The output a commit replaced, kept to be rewritten into the next stage.
    var recyclePath: String { parent + "/.\(name)-recycle" }
    /// Suffix of an output moved aside by the two-rename fallback (see `commit`).
    static let retiredSuffix = "-retired"

    /// Takes the lock, restores or removes what a killed build left, and opens a new stage.
    public func begin() throws(WriteError) -> StagedSite {
        try POSIX.makeDirectories(ArraySlice(output.deletingLastPathComponent().pathComponents.dropFirst()), under: "")
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw POSIX.failure("open", lockPath) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            throw WriteError(.buildInProgress, path: output.path,
                             "another build is writing this folder (it holds \(lockPath))")
        }
        do {
            try recoverAndClean()
            let (folder, recycled) = try makeStagingFolder()
            return StagedSite(writer: self, folder: folder, lock: lock, recycled: recycled)
        } catch {
            POSIX.unlockAndClose(lock)
            throw error
        }
    }

    /// What killed builds left beside the output: staging folders (removed) and, after a kill
    /// between the two renames of the fallback, a retired output with no output (put back).
    func recoverAndClean() throws(WriteError) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        let leftovers = entries.filter { $0.hasPrefix(stagingPrefix) }.sorted()
        if !POSIX.kind(output.path).exists,
           let retired = leftovers.first(where: { $0.hasSuffix(Self.retiredSuffix) }) {
            guard rename(parent + "/" + retired, output.path) == 0 else {
                throw POSIX.failure("rename", parent + "/" + retired)
            }
        }
        for leftover in leftovers where POSIX.kind(parent + "/" + leftover).exists {
            POSIX.removeTree(parent + "/" + leftover)
        }
    }

    /// A new staging folder: the recycled output when there is one, else an empty folder.
    private func makeStagingFolder() throws(WriteError) -> (folder: String, recycled: Bool) {
        var generator = SystemRandomNumberGenerator()
        while true {
            let suffix = String(generator.next() as UInt64, radix: 16)
            let folder = parent + "/" + stagingPrefix + suffix
            if POSIX.kind(folder).exists { continue }
            if POSIX.kind(recyclePath).isDirectory, rename(recyclePath, folder) == 0 { return (folder, true) }
            if mkdir(folder, 0o755) == 0 { return (folder, false) }
            if errno != EEXIST { throw POSIX.failure("mkdir", folder) }
        }
    }
}

/// One build being staged. Safe to write from many threads at once (distinct paths).
/// Dropped without `commit()`, it leaves the output untouched: a recycled stage goes back to
/// being the recycled output (what it holds is leftovers to the next build), a new one is removed.
public final class StagedSite: Sendable {
    public let output: URL
    /// The hidden staging folder (for diagnostics and tests).
    public let folder: URL
    private let writer: SiteWriter
    private let state: Locked<State>
    /// Whether the stage is the recycled output (see `SiteWriter`).
    private let recycled: Bool
    /// The listing of the recycled output and the removal of its unshared files, which every
    /// write and the end of the stage wait for.
    private let sweep = DispatchGroup()

    /// What the writers of one stage share.
    private struct State {
        var written: Set<SitePath> = []
        /// Folders that exist in the stage (made, or recycled), so that each costs one `mkdir` at most.
        var folders: Set<String>
        /// Folders that hold a file of this build.
        var used: Set<String> = []
        /// What the recycled output holds that this build has not (yet) replaced.
        var leftovers: Leftovers
        /// Why the sweep of the recycled files failed, if it did.
        var sweepFailure: WriteError?
        /// Files staged as new files, and as hard links to the published site's.
        var created = 0
        var linked = 0
        /// The output's lock file, nil once committed or abandoned.
        var lock: Int32?
    }

    init(writer: SiteWriter, folder: String, lock: Int32, recycled: Bool) {
        self.writer = writer
        self.output = writer.output
        self.folder = URL(fileURLWithPath: folder, isDirectory: true)
        self.recycled = recycled
        let state = Locked(State(folders: [], leftovers: Leftovers(), lock: lock))
        self.state = state
        guard recycled else { return }
        DispatchQueue.global(qos: .userInitiated).async(group: sweep) {
            let (leftovers, failure) = Leftovers.sweep(folder)
            state.withLock { state in
                state.folders = leftovers.folders
                state.leftovers = leftovers
                state.sweepFailure = failure
            }
        }
    }

    deinit { abandon() }

    /// Waits for the sweep of the recycled output; throws if a file could not be removed.
    private func swept() throws(WriteError) {
        sweep.wait()
        if let failure = state.withLock({ $0.sweepFailure }) { throw failure }
    }

    /// Stages `data` at `relativePath` (`/`-separated, inside the site; see `WriteError.Code`).
    public func write(_ relativePath: String, _ data: Data) throws(WriteError) {
        let path = try SitePath(relativePath)
        try swept()
        try claim(path)
        try makeFolders(path)
        try clearLeftover(path)
        // No fsync per file: `commit` flushes the whole tree once (see there).
        try POSIX.createFile(folder.path + "/" + path.text, data, sync: false)
        state.withLock { $0.created += 1 }
    }

    /// Stages the file at `source` (outside the staging folder, same file system) at `relativePath` as
    /// a hard link: a page reused from the previous build costs no copy. Falls back to writing
    /// `data` (the same bytes) where linking fails, e.g. across file systems.
    ///
    /// A recycled file that already is `source` (a page reused by the last two builds: the stage
    /// holds a link to the very file the published site holds) is kept as it is: two `lstat`s
    /// instead of an `unlink` and a `link`, which also leaves the published file's change time alone.
    public func link(_ relativePath: String, from source: String, data: Data) throws(WriteError) {
        let path = try SitePath(relativePath)
        try swept()
        try claim(path)
        try makeFolders(path)
        if keepsRecycled(path, asLinkTo: source) {
            state.withLock { $0.linked += 1 }
            return
        }
        try clearLeftover(path)
        guard !POSIX.hardLink(source, folder.path + "/" + path.text) else {
            state.withLock { $0.linked += 1 }
            return
        }
        try POSIX.createFile(folder.path + "/" + path.text, data, sync: false)
        state.withLock { $0.created += 1 }
    }

    /// Stages `text` as UTF-8.
    public func write(_ relativePath: String, _ text: String) throws(WriteError) {
        try write(relativePath, Data(text.utf8))
    }

    /// Puts the staged tree in place of the output in one step, then removes the old tree.
    ///
    /// Durability: a `kill -9` needs no fsync (the kernel keeps what was written), but a power
    /// loss could otherwise publish names whose contents never reached the disk. So the staged
    /// tree is flushed before the exchange (one `syncfs` on Linux, an fsync per file and
    /// folder elsewhere), and the parent folder after it, which makes the exchange durable.
    public func commit() throws(WriteError) {
        try swept()
        try state.withLock { (state) throws(WriteError) in try commit(&state) }
    }

    /// `commit()` with the stage's state held, so no write claims a path meanwhile.
    private func commit(_ state: inout State) throws(WriteError) {
        guard let lock = state.lock else { throw WriteError(.alreadyFinished, path: output.path, "already committed or abandoned") }
        let staged = folder.path, target = output.path
        try removeLeftovers(&state)
        try POSIX.syncTree(staged)
        let existing = POSIX.kind(target)
        if existing.exists && !existing.isDirectory {
            throw WriteError(.outputNotADirectory, path: target, "exists and is not a folder")
        }
        if !existing.exists {
            guard rename(staged, target) == 0 else { throw POSIX.failure("rename", staged) }
        } else if mpep_exchange_paths(staged, target) != 0 {
            guard errno == ENOSYS || errno == EINVAL || errno == ENOTSUP else {
                throw POSIX.failure("exchange", target)
            }
            try replaceByTwoRenames(staged: staged, target: target)
        }
        try POSIX.sync(writer.parent)
        // The old tree now sits at the staging path (a kill here leaves it for `begin()` to
        // remove); it is kept for the next build to rewrite, or removed if it cannot be.
        // When this build wrote most of its files afresh (a first or full build), the old tree is
        // mostly garbage, freed now by the build that made it so rather than kept on disk for the
        // next build to free (a second of a two-second rebuild after a full build). A build that
        // reused most files leaves the few for the next stage's sweep.
        if rename(staged, writer.recyclePath) == 0 {
            if state.created > state.linked { _ = Leftovers.sweep(writer.recyclePath) }
        } else {
            POSIX.removeTree(staged)
        }
        POSIX.unlockAndClose(lock)
        state.lock = nil
    }

    /// For file systems that cannot exchange: the output is renamed aside, then the stage into
    /// place. A kill between the two leaves no output but a `…-retired` folder, which the next
    /// `begin()` puts back before anything else.
    private func replaceByTwoRenames(staged: String, target: String) throws(WriteError) {
        let retired = staged + SiteWriter.retiredSuffix
        guard rename(target, retired) == 0 else { throw POSIX.failure("rename", target) }
        guard rename(staged, target) == 0 else {
            let failure = POSIX.failure("rename", staged)
            rename(retired, target)
            throw failure
        }
        guard rename(retired, staged) == 0 else { throw POSIX.failure("rename", retired) }
    }

    /// Gives a recycled stage back as the recycled output or removes a new one, and releases the
    /// lock; the output is not touched.
    public func abandon() {
        sweep.wait()
        state.withLock { state in
            guard let lock = state.lock else { return }
            if !recycled || rename(folder.path, writer.recyclePath) != 0 { POSIX.removeTree(folder.path) }
            POSIX.unlockAndClose(lock)
            state.lock = nil
        }
    }

    /// Makes the folders that hold `path` that do not exist yet (each folder one `mkdir`); a
    /// recycled file where a folder must be is removed first.
    private func makeFolders(_ path: SitePath) throws(WriteError) {
        var relative = ""
        for component in path.components.dropLast() {
            relative += relative.isEmpty ? component : "/" + component
            let (exists, leftoverFile) = state.withLock { state in
                state.used.insert(relative)
                return (state.folders.contains(relative), state.leftovers.files.remove(relative) != nil)
            }
            if exists { continue }
            let made = folder.path + "/" + relative
            if leftoverFile { unlink(made) }
            if mkdir(made, 0o755) != 0, errno != EEXIST { throw POSIX.failure("mkdir", made) }
            state.withLock { _ = $0.folders.insert(relative) }
        }
    }

    /// Whether the recycled file at `path` is the file at `source` (same device and inode); if so it
    /// stops being a leftover.
    private func keepsRecycled(_ path: SitePath, asLinkTo source: String) -> Bool {
        guard state.withLock({ $0.leftovers.files.contains(path.text) }) else { return false }
        var staged = stat(), published = stat()
        guard lstat(folder.path + "/" + path.text, &staged) == 0, lstat(source, &published) == 0,
              staged.st_dev == published.st_dev, staged.st_ino == published.st_ino else { return false }
        state.withLock { _ = $0.leftovers.files.remove(path.text) }
        return true
    }

    /// Removes what the recycled output holds at `path`, so the new file is created afresh.
    private func clearLeftover(_ path: SitePath) throws(WriteError) {
        // A folder counts only when it came with the recycled output and holds nothing of this
        // build: a file and a folder at one path within a build still fail as a conflict.
        let (file, folder) = state.withLock { state in
            (state.leftovers.files.remove(path.text) != nil,
             state.leftovers.folders.contains(path.text) && !state.used.contains(path.text))
        }
        let full = self.folder.path + "/" + path.text
        if file, unlink(full) != 0, errno != ENOENT { throw POSIX.failure("unlink", full) }
        if folder {   // a recycled folder where this build puts a file
            POSIX.removeTree(full)
            state.withLock { state in
                state.folders = state.folders.filter { $0 != path.text && !$0.hasPrefix(path.text + "/") }
                state.leftovers.folders = state.leftovers.folders.filter { $0 != path.text && !$0.hasPrefix(path.text + "/") }
                state.leftovers.files = state.leftovers.files.filter { !$0.hasPrefix(path.text + "/") }
            }
        }
    }

    /// Removes the recycled files this build did not write, then the folders it did not use.
    private func removeLeftovers(_ state: inout State) throws(WriteError) {
        for file in state.leftovers.files {
            let full = folder.path + "/" + file
            if unlink(full) != 0, errno != ENOENT { throw POSIX.failure("unlink", full) }
        }
        state.leftovers.files = []
        for unused in state.folders.subtracting(state.used).sorted(by: { $0.count > $1.count }) {   // deepest first
            let full = folder.path + "/" + unused
            if rmdir(full) != 0, errno != ENOENT { POSIX.removeTree(full) }
        }
    }

    private func claim(_ path: SitePath) throws(WriteError) {
        try state.withLock { (state) throws(WriteError) in
            guard state.lock != nil else { throw WriteError(.alreadyFinished, path: path.text, "the build was already committed or abandoned") }
            guard state.written.insert(path).inserted else {
                throw WriteError(.duplicatePath, path: path.text, "written twice in one build (two pages with one path?)")
            }
        }
    }
}

/// A recycled output's files and folders, relative to the stage.
struct Leftovers: Sendable {
    var files: Set<String> = []
    var folders: Set<String> = []

    /// Lists `folder` and unlinks its files that no other folder shares (link count 1); the rest
    /// stays listed, with a failure to remove a file (the first by path) if there was one.
    ///
    /// Freeing a file's data is mostly waiting on the file system, so the files are split between
    /// `threads` threads whatever the cores: a full-size site's 12,000 files took 1.5 s on one
    /// thread and 0.8 s on four (two cores).
    static func sweep(_ folder: String, threads: Int = 4) -> (Leftovers, WriteError?) {
        var leftovers = listing(folder)
        let files = leftovers.files.sorted()   // a folder's files one after another
        let size = (files.count + threads - 1) / max(threads, 1)
        let parts = stride(from: 0, to: files.count, by: max(size, 1)).map { files[$0..<min($0 + size, files.count)] }
        let results = Locked<[(removed: [String], failure: WriteError?)]>([])
        let group = DispatchGroup()
        for part in parts {
            group.enter()
            Thread.detachNewThread {
                var removed: [String] = []
                var failure: WriteError?
                for file in part {
                    let full = folder + "/" + file
                    var info = stat()
                    guard lstat(full, &info) == 0, info.st_nlink <= 1 else { continue }
                    guard unlink(full) == 0 || errno == ENOENT else { failure = POSIX.failure("unlink", full); break }
                    removed.append(file)
                }
                results.withLock { [removed, failure] in $0.append((removed, failure)) }
                group.leave()
            }
        }
        group.wait()
        for result in results.current { leftovers.files.subtract(result.removed) }
        let failure = results.current.compactMap(\.failure).min { $0.path < $1.path }
        return (leftovers, failure)
    }

    /// Everything under `folder` (empty for a new, empty folder); symbolic links count as files.
    static func listing(_ folder: String) -> Leftovers {
        var found = Leftovers()
        func walk(_ relative: String) {
            guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                    || (entry.pointee.d_type == UInt8(DT_UNKNOWN) && POSIX.kind(folder + "/" + path).isDirectory)
                if isFolder {
                    found.folders.insert(path)
                    walk(path)
                } else {
                    found.files.insert(path)
                }
            }
        }
        walk("")
        return found
    }
}
