import Foundation
import MPEPParallel

/// What a long build shows while it runs: a bar redrawn in place on a terminal, plain lines
/// now and then in a CI log (where `\r` would pile up into one unreadable line), nothing when
/// quiet. Written to stderr, so stdout keeps only the build's result.
final class BuildProgress: Sendable {
    enum Style: Equatable {
        case bar
        case lines
        case silent
    }

    /// The style for a stream: a bar on a terminal outside CI; lines in CI (`CI` set to anything
    /// but `false` or `0`, as GitHub Actions, GitLab and most services set it) or when verbose;
    /// otherwise (output piped to a file or a script) nothing, so scripts read only results.
    static func style(isTerminal: Bool, environment: [String: String], quiet: Bool, verbose: Bool) -> Style {
        if quiet { return .silent }
        let ci = environment["CI"].map { !["", "false", "0"].contains($0.lowercased()) } ?? false
        if isTerminal && !ci { return .bar }
        return ci || verbose ? .lines : .silent
    }

    let style: Style
    /// Seconds between two lines in `.lines` style for the same stage.
    let lineInterval: Double
    private let write: @Sendable (String) -> Void
    private let start = DispatchTime.now().uptimeNanoseconds
    /// What has been written so far; writes happen under its lock, so reports from parallel
    /// workers never interleave on the terminal.
    private let shown = Locked(Shown())

    private struct Shown {
        var lastLine = -Double.infinity
        var drawn = false
    }

    init(style: Style, lineInterval: Double = 5, write: @escaping @Sendable (String) -> Void = {
        FileHandle.standardError.write(Data($0.utf8))
    }) {
        self.style = style
        self.lineInterval = lineInterval
        self.write = write
    }

    private var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// Called by the pipeline as it goes.
    func report(_ event: Pipeline.Progress) {
        shown.withLock { shown in
            switch (style, event) {
            case (.silent, _):
                return
            case (.bar, .stage(let name, let index, let total)):
                draw(fraction: Double(index) / Double(total), label: "\(name) (\(index + 1)/\(total))", &shown)
            case (.bar, .items(let name, let done, let total)):
                draw(fraction: total == 0 ? 1 : Double(done) / Double(total), label: "\(name) \(done)/\(total)", &shown)
            case (.lines, .stage(let name, let index, let total)):
                write("mpep: \(name) (stage \(index + 1) of \(total)) at \(String(format: "%.1f", elapsed)) s\n")
                shown.lastLine = elapsed
            case (.lines, .items(let name, let done, let total)):
                guard elapsed - shown.lastLine >= lineInterval || done == total else { return }
                write("mpep: \(name) \(done)/\(total) at \(String(format: "%.1f", elapsed)) s\n")
                shown.lastLine = elapsed
            }
        }
    }

    /// Clears the bar so the result line starts on a clean line.
    func finish() {
        shown.withLock { shown in
            if style == .bar && shown.drawn { write("\r\u{1B}[2K") }
            shown.drawn = false
        }
    }

    private func draw(fraction: Double, label: String, _ shown: inout Shown) {
        let width = 30
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded(.down))))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        write("\r\u{1B}[2K[\(bar)] \(label) \(String(format: "%.1f", elapsed)) s")
        shown.drawn = true
    }
}
