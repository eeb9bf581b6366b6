import Foundation

/// A labelled scatter plot drawn at build time as SVG: the plots a researcher expects beside a
/// leaderboard (LC win rate against average answer length, and against parameter count). The y
/// axis is the win rate on 0–100 with the reference line at 50; the x axis is linear from 0 or,
/// for quantities spanning orders of magnitude, logarithmic. Text from data is escaped for XML.
enum Scatter {
    struct Point {
        var label: String
        var x: Double
        var y: Double
    }

    enum Scale { case linear, log }

    static let width = 460.0, height = 300.0
    static let left = 44.0, right = 16.0, top = 14.0, bottom = 40.0

    /// nil with fewer than two usable points: a plot of one model says nothing.
    static func svg(points: [Point], xTitle: String, yTitle: String, scale: Scale, title: String,
                    marker: (value: Double, label: String)? = nil) -> String? {
        let usable = points.filter { $0.x.isFinite && $0.y.isFinite && (scale == .linear || $0.x > 0) }
        guard usable.count >= 2 else { return nil }
        let plotW = width - left - right, plotH = height - top - bottom
        let xs = usable.map(\.x) + (marker.map { [$0.value] } ?? [])
        let (low, high): (Double, Double)
        switch scale {
        case .linear: (low, high) = (0, niceCeiling((xs.max() ?? 1) * 1.05))
        case .log: (low, high) = (pow(10, floor(log10(xs.min() ?? 1))), pow(10, ceil(log10(xs.max() ?? 10))))
        }
        func px(_ v: Double) -> Double {
            switch scale {
            case .linear: return left + plotW * (v - low) / max(high - low, 1e-9)
            case .log: return left + plotW * (log10(v) - log10(low)) / max(log10(high) - log10(low), 1e-9)
            }
        }
        func py(_ v: Double) -> Double { top + plotH * (1 - min(max(v, 0), 100) / 100) }
        var out = "<svg class=\"scatter\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\""
            + " viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(XMLText.escaped(title))\">"
        out += "<rect class=\"frame\" x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\"/>"
        for value in [0.0, 25, 50, 75, 100] {
            out += "<line class=\"\(value == 50 ? "reference" : "grid")\" x1=\"\(f(left))\" y1=\"\(f(py(value)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(py(value)))\"/>"
            out += "<text class=\"tick\" x=\"\(f(left - 4))\" y=\"\(f(py(value) + 4))\" text-anchor=\"end\">\(Int(value))</text>"
        }
        for value in ticks(low: low, high: high, scale: scale) {
            out += "<text class=\"tick\" x=\"\(f(px(value)))\" y=\"\(f(top + plotH + 14))\" text-anchor=\"middle\">\(tickLabel(value))</text>"
        }
        if let marker {
            out += "<line class=\"reference\" x1=\"\(f(px(marker.value)))\" y1=\"\(f(top))\" x2=\"\(f(px(marker.value)))\" y2=\"\(f(top + plotH))\"/>"
            out += "<text class=\"tick\" x=\"\(f(px(marker.value) + 3))\" y=\"\(f(top + 10))\">\(XMLText.escaped(marker.label))</text>"
        }
        out += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">\(XMLText.escaped(xTitle))</text>"
        out += "<text x=\"12\" y=\"\(f(top + plotH / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(f(top + plotH / 2)))\">\(XMLText.escaped(yTitle))</text>"
        // Labels top to bottom, each beside its point: on the roomier side, else the other, else a
        // few pixels up or down, whichever first clears the labels already placed.
        // The points themselves are obstacles too.
        var placed: [(x0: Double, x1: Double, y: Double)] = usable.map { (px($0.x) - 5, px($0.x) + 5, py($0.y) + 4) }
        for point in usable.sorted(by: { ($0.y, $0.label) > ($1.y, $1.label) }) {
            let (x, y) = (px(point.x), py(point.y))
            let preferEnd = x > left + plotW * 0.65
            let textWidth = Double(point.label.count) * 6.5
            func box(_ end: Bool, _ dy: Double) -> (x0: Double, x1: Double, y: Double) {
                end ? (x - 7 - textWidth, x - 7, y + 4 + dy) : (x + 7, x + 7 + textWidth, y + 4 + dy)
            }
            let candidates: [(Bool, Double)] = [0.0, -9, 9, -18, 18].flatMap { dy -> [(Bool, Double)] in [(preferEnd, dy), (!preferEnd, dy)] }
            let (end, dy) = candidates.first(where: { end, dy in
                let b = box(end, dy)
                return b.x0 >= left && b.x1 <= width && !placed.contains { $0.x0 < b.x1 && b.x0 < $0.x1 && abs($0.y - b.y) < 11 }
            }) ?? (preferEnd, 0)
            let label = box(end, dy)
            placed.append(label)
            out += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4\"/>"
            out += "<text x=\"\(f(end ? x - 7 : x + 7))\" y=\"\(f(label.y))\" text-anchor=\"\(end ? "end" : "start")\">\(XMLText.escaped(point.label))</text>"
        }
        return out + "</svg>"
    }

    /// 1, 2 or 5 times a power of ten, at least `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, floor(log10(value)))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= value } ?? 10 * power
    }

    static func ticks(low: Double, high: Double, scale: Scale) -> [Double] {
        switch scale {
        case .linear: return (0...4).map { low + (high - low) * Double($0) / 4 }
        case .log:
            var out: [Double] = []
            var v = low
            while v <= high * 1.000001 { out.append(v); v *= 10 }
            return out
        }
    }

    static func tickLabel(_ value: Double) -> String {
        value >= 10 || value == value.rounded() ? Formatting.count(Int(value.rounded())) : Formatting.fixed(value, 1)
    }

    private static func f(_ v: Double) -> String { Formatting.fixed(v, 1) }
}
