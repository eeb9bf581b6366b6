import Foundation
import MPEPParallel
@testable import MPEPCommands
import Testing

@Suite("Build progress: a bar on a terminal, lines in CI logs, nothing in scripts")
struct BuildProgressTests {
    @Test("the style follows the terminal, the CI variable and the flags")
    func style() {
        #expect(BuildProgress.style(isTerminal: true, environment: [:], quiet: false, verbose: false) == .bar)
        #expect(BuildProgress.style(isTerminal: true, environment: ["CI": "true"], quiet: false, verbose: false) == .lines)
        #expect(BuildProgress.style(isTerminal: false, environment: ["CI": "1"], quiet: false, verbose: false) == .lines)
        #expect(BuildProgress.style(isTerminal: false, environment: ["CI": "false"], quiet: false, verbose: false) == .silent)
        #expect(BuildProgress.style(isTerminal: false, environment: [:], quiet: false, verbose: true) == .lines)
        #expect(BuildProgress.style(isTerminal: true, environment: ["CI": "true"], quiet: true, verbose: false) == .silent)
    }

    @Test("CI lines name each stage and, within a stage, come at most every interval")
    func lines() {
        let sink = Locked("")
        let progress = BuildProgress(style: .lines, lineInterval: 3600, write: { piece in sink.withLock { $0 += piece } })
        progress.report(.stage("render", 3, 5))
        progress.report(.items("write", 256, 1000))   // within the interval: dropped
        progress.report(.items("write", 1000, 1000))  // the last one always shows
        #expect(sink.current.split(separator: "\n").count == 2)
        #expect(sink.current.hasPrefix("mpep: render (stage 4 of 5) at "))
        #expect(sink.current.contains("mpep: write 1000/1000 at "))
        #expect(!sink.current.contains("\r"))
    }

    @Test("the terminal bar redraws one line and is cleared at the end")
    func bar() {
        let sink = Locked("")
        let progress = BuildProgress(style: .bar, write: { piece in sink.withLock { $0 += piece } })
        progress.report(.stage("rank", 2, 5))
        progress.report(.items("write", 5, 10))
        progress.finish()
        #expect(!sink.current.contains("\n"))
        #expect(sink.current.contains("[############------------------] rank (3/5)"))
        #expect(sink.current.contains("[###############---------------] write 5/10"))
        #expect(sink.current.hasSuffix("\r\u{1B}[2K"))
    }

    @Test("quiet writes nothing")
    func silent() {
        let sink = Locked("")
        let progress = BuildProgress(style: .silent, write: { piece in sink.withLock { $0 += piece } })
        progress.report(.stage("load", 0, 5))
        progress.finish()
        #expect(sink.current.isEmpty)
    }
}
