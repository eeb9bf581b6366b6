import Foundation
import MPEPParallel
import MPEPWrite
import Testing
import TestSupport

@Suite("SiteWriter replaces the output folder in one step")
struct SiteWriterTests {
    /// A parent folder holding `site/` with two pages: the previous build.
    private func previousBuild() -> (TemporaryDirectory, URL) {
        let root = TemporaryDirectory("mpep-write")
        defer { withExtendedLifetime(root) {} }
        root.write("site/index.html", "<h1>old</h1>\n")
        root.write("site/fr/prompts.html", "vieux\n")
        return (root, root.url.appendingPathComponent("site"))
    }

    @Test("paths that could leave the site folder are refused, and nothing is written",
          arguments: ["", "/etc/passwd", "..", "../x", "a/../../x", "a//b", "a/", "./a", "a/./b",
                      "a\\b", "a\u{0}b", "//x"])
    func escapingPaths(path: String) throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let stage = try SiteWriter(output: site).begin()
        #expect(throws: WriteError.self) { try stage.write(path, Data("x".utf8)) }
        do {
            try stage.write(path, Data("x".utf8))
        } catch {
            #expect(error.code == .pathEscapes)
            #expect(error.path == path)
        }
        #expect(FolderSnapshot(stage.folder).entries.isEmpty)
        #expect(names(in: root.url) == [".site-build.lock", stage.folder.lastPathComponent, "site"].sorted())
    }

    @Test("ordinary nested paths, dot-files and dotted names are accepted")
    func acceptedPaths() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let stage = try SiteWriter(output: site).begin()
        for path in ["index.html", "fr/prompts/mpep-001.html", ".well-known/security.txt", "a..b/c.d"] {
            try stage.write(path, path)
        }
        try stage.commit()
        #expect(String(decoding: FileManager.default.contents(
            atPath: site.appendingPathComponent("fr/prompts/mpep-001.html").path)!, as: UTF8.self)
            == "fr/prompts/mpep-001.html")
    }

    @Test("commit puts the staged folder itself in place of the output and keeps the old tree's folders aside for the next build")
    func commitSwaps() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let oldInode = inode(site)
        let stage = try SiteWriter(output: site).begin()
        try stage.write("index.html", "<h1>new</h1>\n")
        try stage.write("de/prompts.html", "neu\n")
        let stagedInode = inode(stage.folder)
        try stage.commit()
        #expect(inode(site) == stagedInode)
        #expect(inode(site) != oldInode)
        #expect(FolderSnapshot(site).description == "de, de/prompts.html, index.html")
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("index.html").path)
            == Data("<h1>new</h1>\n".utf8))
        #expect(names(in: root.url) == [".site-build.lock", ".site-recycle", "site"])
        // This build wrote every file afresh, so the old files are garbage: freed at once.
        #expect(FolderSnapshot(root.url.appendingPathComponent(".site-recycle")).description == "fr")
    }

    @Test("the next build rewrites the kept tree: what it writes replaces the old files, the rest goes, and the published files are never written into")
    func recycledStage() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        root.write("site/old/page.html", "gone next time\n")
        root.write("site/shared.html", "shared\n")
        let second = try SiteWriter(output: site).begin()
        try second.write("index.html", "two\n")
        try second.link("shared.html", from: site.appendingPathComponent("shared.html").path, data: Data("shared\n".utf8))
        try second.write("fr/prompts.html", "deux\n")
        try second.commit()   // the first tree is now .site-recycle
        let published = FolderSnapshot(site)

        let third = try SiteWriter(output: site).begin()
        #expect(!names(in: root.url).contains(".site-recycle"))   // it became the stage
        try third.write("index.html", "three\n")
        // shared.html in the stage is a hard link to the published file: it must be replaced, not written into.
        try third.write("shared.html", "changed\n")
        try third.write("old", "a file where a folder was\n")
        try third.write("new/page.html", "new\n")
        #expect(FolderSnapshot(site) == published)
        try third.commit()
        #expect(FolderSnapshot(site).description == "index.html, new, new/page.html, old, shared.html")
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("shared.html").path) == Data("changed\n".utf8))
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("old").path) == Data("a file where a folder was\n".utf8))
        // The third build wrote every file afresh: of the second build's tree only the folders are kept.
        #expect(FolderSnapshot(root.url.appendingPathComponent(".site-recycle")).description == "fr")
    }

    @Test("a build that reused most files leaves the old tree whole; the next stage frees its unshared files and leaves every published file's stamp alone")
    func sweepKeepsPublishedStamps() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        root.write("site/only-old.html", "not in the next build\n")
        let second = try SiteWriter(output: site).begin()
        for path in ["index.html", "fr/prompts.html"] {
            try second.link(path, from: site.appendingPathComponent(path).path, data: Data())
        }
        try second.write("new.html", "new\n")
        try second.commit()
        let kept = root.url.appendingPathComponent(".site-recycle")
        #expect(FolderSnapshot(kept).description == "fr, fr/prompts.html, index.html, only-old.html")
        let stamps = ["index.html", "fr/prompts.html"].map { changeTime(site.appendingPathComponent($0)) }

        let third = try SiteWriter(output: site).begin()
        try third.write("x.html", "x\n")   // waits for the sweep
        // Unlinking a shared file would change the published file's change time (its stamp in the build cache).
        #expect(["index.html", "fr/prompts.html"].map { changeTime(site.appendingPathComponent($0)) } == stamps)
        #expect(FolderSnapshot(third.folder).description == "fr, fr/prompts.html, index.html, x.html")
        third.abandon()
        // Given back for the next build, output untouched.
        #expect(names(in: root.url) == [".site-build.lock", ".site-recycle", "site"])
        #expect(FolderSnapshot(site).description == "fr, fr/prompts.html, index.html, new.html")
    }

    @Test("a page the last two builds reused is kept in the stage as it is: the same file, the published one's stamp untouched")
    func reusedTwiceKept() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        func linkAll(_ stage: StagedSite) throws {
            for path in ["index.html", "fr/prompts.html"] {
                try stage.link(path, from: site.appendingPathComponent(path).path, data: Data())
            }
        }
        let second = try SiteWriter(output: site).begin()
        try linkAll(second)
        try second.commit()   // .site-recycle: the first tree, whose files are the published ones
        let published = site.appendingPathComponent("index.html")
        let (stamp, file) = (changeTime(published), inode(published))

        let third = try SiteWriter(output: site).begin()
        try linkAll(third)
        #expect(inode(third.folder.appendingPathComponent("index.html")) == file)
        #expect(changeTime(published) == stamp)   // neither unlinked from the stage nor linked again
        try third.commit()
        #expect(FolderSnapshot(site).description == "fr, fr/prompts.html, index.html")
        #expect(FileManager.default.contents(atPath: published.path) == Data("<h1>old</h1>\n".utf8))
    }

    private func changeTime(_ url: URL) -> String {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return "missing" }
        #if canImport(Darwin)
        return "\(info.st_ctimespec.tv_sec).\(info.st_ctimespec.tv_nsec)"
        #else
        return "\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
        #endif
    }

    @Test("a file where the same build made a folder is refused, with or without a recycled stage")
    func fileOverOwnFolder() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        root.write("site/p/q.html", "old\n")
        let second = try SiteWriter(output: site).begin()
        try second.write("index.html", "two\n")
        try second.commit()   // the first tree, which has p/, is now .site-recycle
        for _ in 0..<2 {
            let stage = try SiteWriter(output: site).begin()
            try stage.write("p/q.html", "new\n")
            #expect(throws: WriteError.self) { try stage.write("p", Data("a file over the folder".utf8)) }
            #expect(FileManager.default.contents(atPath: stage.folder.appendingPathComponent("p/q.html").path) == Data("new\n".utf8))
            stage.abandon()
        }
    }

    @Test("a first build, with no output yet, creates it")
    func firstBuild() throws {
        let root = TemporaryDirectory("mpep-write")
        defer { withExtendedLifetime(root) {} }
        let site = root.url.appendingPathComponent("public/site")
        let stage = try SiteWriter(output: site).begin()
        try stage.write("index.html", "hello")
        try stage.commit()
        #expect(FolderSnapshot(site).description == "index.html")
    }

    @Test("a build abandoned or dropped before commit leaves the old folder byte-identical")
    func abandoned() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let before = FolderSnapshot(site)
        let stage = try SiteWriter(output: site).begin()
        try stage.write("index.html", "<h1>half-written</h1>")
        try stage.write("fr/prompts.html", "moitié")
        stage.abandon()
        #expect(FolderSnapshot(site) == before)
        #expect(names(in: root.url) == [".site-build.lock", "site"])
        #expect(throws: WriteError.self) { try stage.commit() }

        do {
            let dropped = try SiteWriter(output: site).begin()
            try dropped.write("index.html", "dropped")
        }
        #expect(FolderSnapshot(site) == before)
        #expect(names(in: root.url) == [".site-build.lock", "site"])
    }

    @Test("a staging folder left by a killed build is removed by the next build")
    func staleCleaned() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        root.write(".site-build-5eed/index.html", "from a killed build")
        root.write(".site-build-5eed/deep/er/page.html", "x")
        root.write(".site-build-0ld", "a stray file")
        root.write(".other-build-1/keep.html", "another output's stage")
        let before = FolderSnapshot(site)
        let stage = try SiteWriter(output: site).begin()
        #expect(names(in: root.url) == [".other-build-1", ".site-build.lock", stage.folder.lastPathComponent, "site"].sorted())
        #expect(FolderSnapshot(site) == before)
        stage.abandon()
    }

    @Test("an output moved aside by the two-rename fallback and then killed is put back")
    func retiredRestored() throws {
        let root = TemporaryDirectory("mpep-write")
        defer { withExtendedLifetime(root) {} }
        root.write(".site-build-77-retired/index.html", "the last good build")
        let site = root.url.appendingPathComponent("site")
        let stage = try SiteWriter(output: site).begin()
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("index.html").path)
            == Data("the last good build".utf8))
        stage.abandon()
    }

    @Test("a second build of the same output while one is staging is refused")
    func oneBuildAtATime() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let first = try SiteWriter(output: site).begin()
        #expect { _ = try SiteWriter(output: site).begin() } throws: { error in
            (error as? WriteError)?.code == .buildInProgress
        }
        try first.write("index.html", "first")
        try first.commit()
        let second = try SiteWriter(output: site).begin()
        second.abandon()
    }

    #if os(Linux)
    /// A child process forked by another thread (another test spawning a process, say) holds a
    /// copy of every descriptor until its `exec`. An `flock` belongs to the open file description,
    /// so `close` alone left the lock held by that copy, and the next build was refused as
    /// "another build" (the failure of the 100-builds test below on a loaded machine). A `dup`
    /// of the lock's descriptor is that copy, held for as long as the test likes.
    @Test("a finished build's lock is free at once, even while a copy of its descriptor is still open")
    func lockReleasedDespiteCopies() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let lockPath = root.url.appendingPathComponent(".site-build.lock").resolvingSymlinksInPath().path
        for finish in ["commit", "abandon"] {
            let stage = try SiteWriter(output: site).begin()
            let copies = try descriptors(openOn: lockPath).map { dup($0) }
            defer { copies.forEach { close($0) } }
            #expect(copies.count == 1)
            if finish == "commit" { try stage.commit() } else { stage.abandon() }
            let next = try SiteWriter(output: site).begin()
            next.abandon()
        }
    }

    /// This process's open descriptors on `path` (from /proc/self/fd).
    private func descriptors(openOn path: String) throws -> [Int32] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap { name in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + name),
                  target == path else { return nil }
            return Int32(name)
        }
    }
    #endif

    @Test("the same path written twice is an error, not a silent overwrite")
    func duplicatePath() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let stage = try SiteWriter(output: site).begin()
        try stage.write("models/llama.html", "one")
        #expect { try stage.write("models/llama.html", "two") } throws: { error in
            (error as? WriteError)?.code == .duplicatePath
        }
        stage.abandon()
    }

    @Test("an output that is a file is not replaced")
    func outputIsAFile() throws {
        let root = TemporaryDirectory("mpep-write")
        defer { withExtendedLifetime(root) {} }
        let site = root.write("site", "not a folder")
        let stage = try SiteWriter(output: site).begin()
        try stage.write("index.html", "x")
        #expect { try stage.commit() } throws: { error in
            (error as? WriteError)?.code == .outputNotADirectory
        }
        #expect(FileManager.default.contents(atPath: site.path) == Data("not a folder".utf8))
        stage.abandon()
    }

    /// The name `site` must always be a folder, and a page read through it must be a whole
    /// page of some build. (A reader that resolved `site` just before an exchange can still
    /// find a page gone when the old tree is removed: that read is counted, not failed.)
    @Test("readers never find the output missing or a page partial while 100 builds replace it")
    func readersAlwaysSeeASite() throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let page = site.appendingPathComponent("index.html").path
        let stop = Locked(false), stopped = Locked(false), missing = Locked(false), partial = Locked(false)
        let reads = Locked((found: 0, gone: 0))
        let reader = Thread {
            defer { stopped.withLock { $0 = true } }
            while !stop.current {
                var isDirectory: ObjCBool = false
                if !FileManager.default.fileExists(atPath: site.path, isDirectory: &isDirectory)
                    || !isDirectory.boolValue {
                    missing.withLock { $0 = true }
                }
                if let bytes = FileManager.default.contents(atPath: page) {
                    let text = String(decoding: bytes, as: UTF8.self)
                    if text != "<h1>old</h1>\n" && !text.hasPrefix("build ") { partial.withLock { $0 = true } }
                    reads.withLock { $0.found += 1 }
                } else {
                    reads.withLock { $0.gone += 1 }
                }
            }
        }
        reader.start()
        // On a loaded machine the builds could all be done before the reader first runs.
        while reads.current == (0, 0) { usleep(100) }
        for build in 0..<100 {
            let stage = try SiteWriter(output: site).begin()
            try stage.write("index.html", "build \(build)")
            for part in 0..<20 { try stage.write("parts/\(part).html", "part \(part)") }
            try stage.commit()
        }
        stop.withLock { $0 = true }
        while !stopped.current { usleep(100) }   // the reader's last read is counted before we look
        #expect(!missing.current)
        #expect(!partial.current)
        let (found, gone) = reads.current
        print("reads: \(found) whole pages, \(gone) raced with the removal of an old tree")
        #expect(found > 0)
        #expect(FileManager.default.contents(atPath: page) == Data("build 99".utf8))
    }

    @Test("pages written from many threads at once all arrive")
    func parallelWrites() async throws {
        let (root, site) = previousBuild()
        defer { withExtendedLifetime(root) {} }
        let stage = try SiteWriter(output: site).begin()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask { try stage.write("l\(index % 7)/p/\(index).html", "page \(index)") }
            }
            try await group.waitForAll()
        }
        try stage.commit()
        #expect(FolderSnapshot(site).entries.values.compactMap { $0 }.count == 200)
    }
}
