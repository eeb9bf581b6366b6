#if os(Linux)
import Foundation
import Glibc
import Testing
import TestSupport
import MPEPStats

/// `kill -9` at random moments of real `mpep build` processes, and a build onto a full disk:
/// `site/` must always be one whole build (the previous or the new one, never a mix, a part or
/// nothing) and README.md the previous or the new one, never newer than the site. "The new one"
/// is what an uninterrupted build makes from the same previous site (its changelog depends on it).
@Suite("Killed and starved builds of the real executable", .serialized,
       .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct KilledBuildTests {
    /// Two trees whose sites and README tables differ (A has 2 languages, B 3), built without
    /// bootstrap rounds: about a second each in a debug build, so 24 rounds stay quick.
    struct Builds {
        var workspace = BuildWorkspace()
        var site: [String: [String: Data]] = [:]
        var readme: [String: Data] = [:]
        var seconds: [String: Double] = [:]

        init() throws {
            workspace.options = ["--bootstrap-rounds", "0"]
            try workspace.sample("A", languages: 2, models: 3, prompts: 20, judges: 1, seed: 11)
            try workspace.sample("B", languages: 3, models: 3, prompts: 20, judges: 1, seed: 12)
            for tree in ["A", "B"] {
                try workspace.readme("README-\(tree).md")
                let start = Date()
                try workspace.build(content: tree, output: "site-\(tree)", readme: "README-\(tree).md")
                seconds[tree] = Date().timeIntervalSince(start)
                site[tree] = workspace.snapshot("site-\(tree)")
                readme[tree] = workspace.contents("README-\(tree).md")
            }
        }

        /// Which whole build `site` holds, or nil when it is none of them.
        func whichSite(_ path: String) -> String? {
            let snapshot = workspace.snapshot(path)
            return site.first { $0.value == snapshot }?.key
        }
    }

    /// One whole state of the output: the site's files and the README.
    struct Outcome: Equatable {
        var site: [String: Data]
        var readme: Data?
    }

    /// What an uninterrupted build of `content` makes from the current `site` and README.md:
    /// the same build run on copies of both (the changelog pages depend on the previous site).
    static func expectedBuild(of content: String, in workspace: BuildWorkspace) throws -> Outcome {
        let files = FileManager.default
        for name in ["expected", "README-expected.md"] {
            try? files.removeItem(at: workspace.url.appendingPathComponent(name))
        }
        try files.copyItem(at: workspace.url.appendingPathComponent("site"), to: workspace.url.appendingPathComponent("expected"))
        try files.copyItem(at: workspace.url.appendingPathComponent("README.md"),
                           to: workspace.url.appendingPathComponent("README-expected.md"))
        try workspace.build(content: content, output: "expected", readme: "README-expected.md")
        return Outcome(site: workspace.snapshot("expected"), readme: workspace.contents("README-expected.md"))
    }

    @Test("24 builds killed with SIGKILL at seeded random moments (half of them in the write stage): site/ and README.md are always whole")
    func killedBuilds() throws {
        let builds = try Builds()
        #expect(builds.site["A"] != builds.site["B"] && builds.readme["A"] != builds.readme["B"],
                "the two reference builds must differ, or a mix could go unseen")
        let workspace = builds.workspace
        try workspace.readme()
        try workspace.build(content: "A", output: "site", readme: "README.md")
        var current = Outcome(site: workspace.snapshot("site"), readme: workspace.contents("README.md"))
        try #require(current.site == builds.site["A"] && current.readme == builds.readme["A"])

        let longest = max(builds.seconds["A"]!, builds.seconds["B"]!)
        var random = SplitMix64(seed: 20_261_127)
        var outcomes = (kept: 0, swapped: 0, finished: 0)
        var tree = "A"
        for round in 1...24 {
            let target = tree == "A" ? "B" : "A"
            let expected = try Self.expectedBuild(of: target, in: workspace)
            // (The READMEs may be equal: after a kill between the swap and the README, the site
            // is the new tree's but the README is still the other's, which is the next target.)
            #expect(expected.site != current.site, "round \(round): the build would not change the site")
            let process = try workspace.launchBuild(content: target, output: "site", readme: "README.md")
            if round.isMultiple(of: 2) {
                // The write stage is a few per cent of a build: wait for its staging folder, then
                // kill within the next 20 ms (before, during or after the swap and the README).
                let deadline = Date().addingTimeInterval(longest * 5)
                while process.isRunning, Date() < deadline, !workspace.hasStagingFolder { usleep(500) }
                usleep(UInt32(random.nextUnit() * 20_000))
            } else {
                // Moments spread over the whole build, a little beyond its usual length.
                usleep(UInt32(random.nextUnit() * longest * 1.2 * 1_000_000))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let killed = process.terminationReason == .uncaughtSignal

            let site = workspace.snapshot("site"), readme = workspace.contents("README.md")
            let siteIsNew = site == expected.site, readmeIsNew = readme == expected.readme
            #expect(site == current.site || siteIsNew,
                    "round \(round): site/ is no whole build (\(site.count) files)")
            #expect(readme == current.readme || readmeIsNew, "round \(round): README.md is neither build's")
            #expect(siteIsNew || readme == current.readme, "round \(round): the README is newer than the site")
            guard site == current.site || siteIsNew, readme == current.readme || readmeIsNew else { break }
            if !killed {
                #expect(process.terminationStatus == 0, "round \(round): the build failed by itself")
                #expect(siteIsNew && readmeIsNew, "round \(round): a finished build left the old output")
                outcomes.finished += 1
            } else if siteIsNew {
                outcomes.swapped += 1
            } else {
                outcomes.kept += 1
            }
            if siteIsNew { tree = target }
            current = Outcome(site: site, readme: readme)
        }
        print("killed builds: \(outcomes.kept) kept the previous site, \(outcomes.swapped) were killed after the swap, "
              + "\(outcomes.finished) finished before the kill (build ≈ \(String(format: "%.2f", longest)) s)")
        #expect(outcomes.kept > 0, "no kill landed before the swap: the test proves nothing")

        // A build after the kills completes as an untouched one would and leaves no staging folder.
        let target = tree == "A" ? "B" : "A"
        let expected = try Self.expectedBuild(of: target, in: workspace)
        try workspace.build(content: target, output: "site", readme: "README.md")
        #expect(Outcome(site: workspace.snapshot("site"), readme: workspace.contents("README.md")) == expected)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.url.path)
            .filter { $0.hasPrefix(".site-build-") }
        #expect(leftovers.isEmpty, "staging folders left: \(leftovers)")
    }

    @Test("a build onto a full disk fails with exit 1 and keeps the previous site and README",
          .enabled(if: getuid() == 0, "mounting a small tmpfs needs root"))
    func fullDisk() throws {
        let builds = try Builds()
        let workspace = builds.workspace
        let disk = workspace.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        // Room for site A, the README twice and half of site B beside them: the staged B cannot fit.
        let pages = { (tree: String) in builds.site[tree]!.values.reduce(0) { $0 + ($1.count + 4095) / 4096 * 4096 } }
        let size = pages("A") + pages("B") / 2 + 2 * 16 * 1024
        guard "size=\(size)".withCString({ mount("tmpfs", disk.path, "tmpfs", 0, $0) }) == 0 else {
            print("full-disk case skipped: mount -t tmpfs failed (errno \(errno))")
            return
        }
        defer { umount(disk.path) }
        try workspace.readme("disk/README.md")
        try workspace.build(content: "A", output: "disk/site", readme: "disk/README.md")
        try #require(builds.whichSite("disk/site") == "A")
        let siteBefore = workspace.snapshot("disk/site"), readmeBefore = workspace.contents("disk/README.md")

        let result = try runMPEP(workspace.buildArguments(content: "B", output: "disk/site", readme: "disk/README.md"),
                                 in: workspace.url)
        #expect(result.status == 1)
        #expect(result.err.contains("the previous site was kept"), "\(result.err)")
        #expect(workspace.snapshot("disk/site") == siteBefore)
        #expect(workspace.contents("disk/README.md") == readmeBefore)
        let entries = try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted()
        #expect(!entries.contains { $0.hasPrefix(".site-build-") || $0.hasPrefix(".README") },
                "the failed build left \(entries)")
    }
}

extension BuildWorkspace {
    /// Whether a build has its staging folder (`.site-build-…`) beside the output now.
    var hasStagingFolder: Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).contains { $0.hasPrefix(".site-build-") }
    }
}

#endif
