/// A small SVG drawn at build time: a model's 95% interval as a line with its point estimate,
/// on a 0–100 scale, so readers see at a glance which models cannot be told apart.
///
/// Only numbers reach the markup (no data text), and an `aria-label` says the same in words.
enum Whisker {
    static let width = 120.0
    static let height = 14.0

    static func svg(point: Double?, low: Double?, high: Double?) -> String? {
        guard let point, let low, let high, point.isFinite, low.isFinite, high.isFinite else { return nil }
        func x(_ value: Double) -> String { Formatting.fixed(2 + (width - 4) * min(max(value, 0), 100) / 100, 1) }
        let label = "95% interval \(Formatting.fixed(low, 1)) to \(Formatting.fixed(high, 1))"
        return "<svg class=\"whisker\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\">"
            + "<line class=\"axis\" x1=\"\(x(50))\" y1=\"1\" x2=\"\(x(50))\" y2=\"13\"/>"
            + "<line class=\"range\" x1=\"\(x(low))\" y1=\"7\" x2=\"\(x(high))\" y2=\"7\"/>"
            + "<circle class=\"point\" cx=\"\(x(point))\" cy=\"7\" r=\"3\"/></svg>"
    }
}
