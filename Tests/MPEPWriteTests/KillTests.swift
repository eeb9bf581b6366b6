#if os(Linux)
import Foundation
import Glibc
import MPEPWrite
import Testing
import TestSupport
import MPEPStats

/// `kill -9` at arbitrary moments of real builds, each in its own process: this test binary
/// run again with a filter that selects `buildLoopUntilKilled`. When `mpep build` exists, the
/// same checks can run against it instead of the loop.
@Suite("A build killed at any moment leaves the previous site whole")
struct KillTests {
    static let childVariable = "MPEP_WRITE_KILL_CHILD"
    static let pages = 40

    /// The site a build writes: every page names the build, so a mix of two builds shows.
    static func writeBuild(_ build: Int, to stage: StagedSite) throws {
        let padding = String(repeating: "x", count: 4_000)
        for page in 0..<pages { try stage.write("p/\(page % 5)/\(page).html", "build \(build)\n\(padding)") }
        try stage.write("index.html", "build \(build)\n")
    }

    /// The build number if `site` holds exactly one whole build, else nil.
    static func wholeBuild(in site: URL) -> Int? {
        let snapshot = FolderSnapshot(site)
        let files = snapshot.entries.compactMapValues { $0 }
        guard files.count == pages + 1 else { return nil }
        let builds = Set(files.values.map { String(decoding: $0, as: UTF8.self).prefix { $0 != "\n" } })
        guard builds.count == 1, let only = builds.first, only.hasPrefix("build ") else { return nil }
        return Int(only.dropFirst(6))
    }

    @Test("child: builds in a loop until killed (runs only when the kill test starts it)",
          .enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil))
    func buildLoopUntilKilled() throws {
        let environment = ProcessInfo.processInfo.environment
        let site = URL(fileURLWithPath: environment[Self.childVariable]!)
        var build = Int(environment["MPEP_WRITE_KILL_FIRST"] ?? "") ?? 0
        while true {
            let stage = try SiteWriter(output: site).begin()
            try Self.writeBuild(build, to: stage)
            try stage.commit()
            build += 1
        }
    }

    /// Returns once `child` has the lock file open (it is inside `begin()`…`commit()`), read from
    /// /proc/<pid>/fd; fails after a minute, or if the child ends first.
    static func waitUntilBuilding(_ child: Process, lock: URL) throws {
        let target = lock.resolvingSymlinksInPath().path   // it exists: the first build made it
        let folder = "/proc/\(child.processIdentifier)/fd"
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            guard child.isRunning else { throw CocoaError(.executableLoad) }
            let open = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains {
                (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) == target
            }
            if open { return }
            usleep(1_000)
        }
        throw CocoaError(.executableLoad)
    }

    @Test("16 builds killed with SIGKILL at random moments: the site is always one whole build")
    func killedBuilds() throws {
        let root = TemporaryDirectory("mpep-kill")
        defer { withExtendedLifetime(root) {} }
        let site = root.url.appendingPathComponent("site")
        let first = try SiteWriter(output: site).begin()
        try Self.writeBuild(0, to: first)
        try first.commit()

        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var random = SplitMix64(seed: 20_261_126)
        var changed = 0, leftovers = 0
        for round in 1...16 {
            let child = Process()
            child.executableURL = binary
            child.arguments = ["--testing-library", "swift-testing", "--filter", "buildLoopUntilKilled"]
            var environment = ProcessInfo.processInfo.environment
            environment[Self.childVariable] = site.path
            environment["MPEP_WRITE_KILL_FIRST"] = String(round * 100_000)
            child.environment = environment
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            let before = Self.wholeBuild(in: site)
            try child.run()
            // Wait for the condition, not a time: the child is building once it holds the lock
            // (starting a test binary takes from milliseconds to seconds on a loaded machine).
            // Then kill at a random moment of its loop.
            try Self.waitUntilBuilding(child, lock: root.url.appendingPathComponent(".site-build.lock"))
            usleep(UInt32(random.next() % 600_000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            #expect(child.terminationReason == .uncaughtSignal, "round \(round): the child ended by itself")

            let after = Self.wholeBuild(in: site)
            #expect(after != nil, "round \(round): \(FolderSnapshot(site))")
            if after != before { changed += 1 }
            leftovers += names(in: root.url).filter { $0.hasPrefix(".site-build-") }.count
        }
        print("kill test: site changed in \(changed) of 16 rounds; \(leftovers) staging folders left by kills")
        #expect(changed > 0, "no child got as far as a commit: the kills prove nothing")

        let last = try SiteWriter(output: site).begin()
        #expect(names(in: root.url) == [".site-build.lock", last.folder.lastPathComponent, "site"].sorted())
        last.abandon()
    }
}

#endif
