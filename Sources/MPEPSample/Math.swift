#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The C math the world model needs, behind names that do not clash with Foundation's.
@inline(__always) func _sampleExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func _sampleTanh(_ x: Double) -> Double { tanh(x) }

/// The logistic function, the link between latent strengths and win probabilities.
@inline(__always) func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
