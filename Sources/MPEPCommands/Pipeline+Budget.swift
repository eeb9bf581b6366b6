import Foundation
import MPEPContent
import MPEPRender

/// The size budget's part of a build: how answers are delivered (site.yml's `answers:` resolved
/// against `budget_bytes`) and the check of the rendered site against the budget, before the
/// write stage touches anything.
extension Pipeline {
    /// Whether this build bundles its answers: decided from site.yml and the outputs' file sizes,
    /// which are known before loading (the build cache's keys hold the decision, and an incremental
    /// build reads most languages in outline). False when site.yml cannot be read: the load
    /// stage then reports why and the build stops.
    func bundlesAnswers() -> Bool {
        guard let site = ContentLoader(root: paths.content, displayRoot: paths.contentDisplay).site() else { return false }
        return site.answers.bundles(answerBytes: Self.answerBytes(under: paths.content), budget: site.budget)
    }

    /// The bytes of every `languages/<code>/outputs/*.jsonl` file: the answers' Markdown.
    static func answerBytes(under content: URL) -> Int {
        let languages = content.appendingPathComponent("languages")
        let fm = FileManager.default
        var total = 0
        for code in (try? fm.contentsOfDirectory(atPath: languages.path)) ?? [] {
            let outputs = languages.appendingPathComponent(code).appendingPathComponent("outputs")
            for name in (try? fm.contentsOfDirectory(atPath: outputs.path)) ?? [] where name.hasSuffix(".jsonl") {
                let attributes = try? fm.attributesOfItem(atPath: outputs.appendingPathComponent(name).path)
                total += (attributes?[.size] as? NSNumber)?.intValue ?? 0
            }
        }
        return total
    }

    /// Why the rendered site cannot be published under site.yml's budget, naming what to change;
    /// nil when it fits.
    func budgetRefusal(_ size: SiteSize, site: SiteConfig, bundled: Bool) -> String? {
        let overruns = size.overruns(site.budget)
        guard !overruns.isEmpty else { return nil }
        let siteFile = ContentLayout.displayPath("site.yml", under: paths.contentDisplay)
        var lines = overruns.map { "\(siteFile): error: the site would exceed its size budget: \($0)" }
        lines += size.lines.map { "  \($0)" }
        if !bundled {
            lines.append("  the answers are HTML in their prompt pages (answers: \(site.answers.rawValue)); "
                         + "set `answers: bundles` in \(siteFile) to serve them from compressed bundles")
        } else {
            lines.append("  the answers are already in compressed bundles; raise the budget in \(siteFile) "
                         + "(budget_bytes, budget_files, budget_file_bytes) if the host allows more, "
                         + "or publish the languages on separate sites (docs/architecture.md)")
        }
        return lines.joined(separator: "\n")
    }
}
