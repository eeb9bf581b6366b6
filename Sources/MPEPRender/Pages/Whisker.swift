/// Small SVGs drawn at build time for a leaderboard's interval column, Arena-style: every row's
/// 95% interval on one shared 0–100 axis (the same width and scale in every row, drawn once in
/// the column header with its labels), gridlines at 25, 50 and 75 and a darker reference line at
/// 50, so readers see at a glance which models cannot be told apart. No JavaScript involved.
///
/// Only numbers reach the markup (no data text), and an `aria-label` says the same in words.
/// Provisional rows are told apart by CSS on their `<tr>` (dashed range, hollow point).
enum Whisker {
    /// Wide enough to read a 5-point difference (12 px) on a desktop screen.
    static let width = 260.0
    static let height = 16.0
    /// The axis header's height: tick labels above a baseline.
    static let axisHeight = 18.0
    static let gridlines = [25.0, 50.0, 75.0]

    /// The x of a value on the shared axis (clamped to 0–100), with 6 px of margin each side so
    /// the end labels fit.
    static func x(_ value: Double) -> Double { 6 + (width - 12) * min(max(value, 0), 100) / 100 }

    static func svg(point: Double?, low: Double?, high: Double?) -> String? {
        guard let point, let low, let high, point.isFinite, low.isFinite, high.isFinite else { return nil }
        let label = "95% interval \(Formatting.fixed(low, 1)) to \(Formatting.fixed(high, 1))"
        var out = "<svg class=\"whisker\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\">"
        for grid in gridlines {
            out += "<line class=\"\(grid == 50 ? "reference" : "grid")\" x1=\"\(f(x(grid)))\" y1=\"0\" x2=\"\(f(x(grid)))\" y2=\"\(Int(height))\"/>"
        }
        out += "<line class=\"range\" x1=\"\(f(x(low)))\" y1=\"8\" x2=\"\(f(x(high)))\" y2=\"8\"/>"
        return out + "<circle class=\"point\" cx=\"\(f(x(point)))\" cy=\"8\" r=\"4\"/></svg>"
    }

    /// The shared axis for the column header: ticks and labels at 0, 25, 50 ("50 ref."), 75, 100.
    /// Decorative (`aria-hidden`): the header's title and every row's label say the same in words.
    static func axis() -> String {
        var out = "<svg class=\"whisker-axis\" width=\"\(Int(width))\" height=\"\(Int(axisHeight))\" viewBox=\"0 0 \(Int(width)) \(Int(axisHeight))\" aria-hidden=\"true\">"
        for value in [0.0, 25, 50, 75, 100] {
            let anchor = value == 0 ? "start" : value == 100 ? "end" : "middle"
            let text = value == 50 ? "50 ref." : Formatting.fixed(value, 0)
            out += "<text x=\"\(f(value == 0 ? 0 : value == 100 ? width : x(value)))\" y=\"12\" text-anchor=\"\(anchor)\">\(text)</text>"
            out += "<line class=\"\(value == 50 ? "reference" : "grid")\" x1=\"\(f(x(value)))\" y1=\"14\" x2=\"\(f(x(value)))\" y2=\"\(Int(axisHeight))\"/>"
        }
        return out + "</svg>"
    }

    private static func f(_ v: Double) -> String { Formatting.fixed(v, 1) }
}
