#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The C library's functions, reached without Foundation so the hot loops stay lean.
@inline(__always) func _log(_ x: Double) -> Double { log(x) }
@inline(__always) func _cos(_ x: Double) -> Double { cos(x) }
@inline(__always) func _exp(_ x: Double) -> Double { exp(x) }
@inline(__always) func _log1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) func _tanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) func _erfc(_ x: Double) -> Double { erfc(x) }

/// Summaries with the conventions of pandas, so figures match AlpacaEval's to the last bits.
enum Descriptive {
    /// The arithmetic mean, or nil for no values.
    static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var sum = 0.0
        for v in values { sum += v }
        return sum / Double(values.count)
    }

    /// The sample standard deviation (ddof 1, as pandas' `std`), or nil below two values.
    static func standardDeviation(_ values: [Double]) -> Double? {
        guard values.count > 1, let m = mean(values) else { return nil }
        var squares = 0.0
        for v in values { squares += (v - m) * (v - m) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// The standard error of the mean (pandas' `sem`, ddof 1), or nil below two values.
    static func standardError(_ values: [Double]) -> Double? {
        standardDeviation(values).map { $0 / Double(values.count).squareRoot() }
    }

    /// The `q`-quantile of `sorted` (ascending) with linear interpolation, numpy's default rule.
    static func quantile(sorted: [Double], _ q: Double) -> Double {
        precondition(!sorted.isEmpty, "quantile of no values")
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}
