import MPEPContent

/// Every judge is described by `judges/<id>.yml` (its kind decides how preferences are read),
/// and site.yml's primary judge is one of them.
enum DescribedJudges: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let site = context.content.site
        if context.judges[site.judge] == nil {
            let line = site.keyLines["judge"]
            found.append(.error(context.paths.site, line: line, column: column(line),
                                "\"judge\" names \(quoted(site.judge)), but there is no \(ContentLayout.judge(site.judge))"))
        }
        for index in context.languages {
            for judge in index.records.annotations.keys.sorted() where context.judges[judge] == nil {
                found.append(.error(context.paths.judgeFolder(index.code, judge),
                                    "no \(ContentLayout.judge(judge)): every judge folder needs one (name, kind, preference_kind)"))
            }
        }
        return found
    }
}
