import Foundation
import Testing
import MPEPParallel

@Suite("Parallel map")
struct ParallelMapTests {
    /// Counts calls from several threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    @Test("keeps the input order and transforms every item exactly once")
    func orderAndCount() {
        let calls = Counter()
        let items = Array(0..<1_000)
        let squares = ParallelMap.map(items) { i -> Int in
            calls.increment()
            return i * i
        }
        #expect(squares == items.map { $0 * $0 })
        #expect(calls.count == items.count)
    }

    @Test("maps empty and single-item inputs")
    func smallInputs() {
        #expect(ParallelMap.map([Int]()) { $0 + 1 } == [])
        #expect(ParallelMap.map(["a"]) { $0 + "b" } == ["ab"])
    }
}
