import Foundation
import Testing
import MPEPParallel

@Suite("Parallel map")
struct ParallelMapTests {
    @Test("keeps the input order and transforms every item exactly once")
    func orderAndCount() {
        let calls = Locked(0)
        let items = Array(0..<1_000)
        let squares = ParallelMap.map(items) { i -> Int in
            calls.withLock { $0 += 1 }
            return i * i
        }
        #expect(squares == items.map { $0 * $0 })
        #expect(calls.current == items.count)
    }

    @Test("maps empty and single-item inputs")
    func smallInputs() {
        #expect(ParallelMap.map([Int]()) { $0 + 1 } == [])
        #expect(ParallelMap.map(["a"]) { $0 + "b" } == ["ab"])
    }

    @Test("reuses what the cache answers and computes only the rest, in the input order")
    func reusing() {
        let computed = Locked<[Int]>([])
        let items = Array(0..<100)
        let results = ParallelMap.map(items, reusing: { $0 % 3 == 0 ? -$0 : nil }) { i -> Int in
            computed.withLock { $0.append(i) }
            return i * 10
        }
        #expect(results == items.map { $0 % 3 == 0 ? -$0 : $0 * 10 })
        #expect(computed.current.sorted() == items.filter { $0 % 3 != 0 })
    }

    @Test("a single item left to compute runs in the caller's thread, so its own parallel work gets every core")
    func singlePendingInline() {
        let caller = pthread_self()
        let threads = Locked<[Bool]>([])
        _ = ParallelMap.map([1, 2, 3], reusing: { $0 == 2 ? nil : $0 }) { i -> Int in
            threads.withLock { $0.append(pthread_equal(pthread_self(), caller) != 0) }
            return i
        }
        #expect(threads.current == [true])
    }
}
