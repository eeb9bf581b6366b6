import Foundation
import Testing
import TestSupport
@testable import MPEPStats

@Suite("Head-to-head figures")
struct HeadToHeadTests {
    @Test("reads legacy 0 as a draw and drops nulls, NaN and values outside [1, 2]")
    func readsAlpacaEvalEncoding() {
        let h = headToHead([1, 2, 0, 1.5, nil, .nan, 2.7, 0.9, 1.75])
        #expect(h.nTotal == 5)
        #expect(h.nWins == 2)
        #expect(h.nWinsBase == 1)
        #expect(h.nDraws == 2)
        #expect(abs(h.winRate - 55) < 1e-12)
    }

    @Test("computes the standard error with ddof 1")
    func standardErrorDdof1() {
        let h = headToHead([1, 2])
        // shares 0 and 1: sample std = sqrt(0.5), sem = sqrt(0.5) / sqrt(2) = 0.5
        #expect(h.standardError == 50)
        #expect(headToHead([2]).standardError.isNaN)
        #expect(headToHead([nil, 3]).winRate.isNaN)
        #expect(headToHead([nil, 3]).discreteWinRate.isNaN)
    }

    @Test("rounds half to even for the discrete win rate, keeping 1.5 a draw")
    func discreteRounding() {
        // 1.4 → 1, 1.5 → draw, 1.6 → 2, 0.4 → 0 (a draw, as AlpacaEval reads it), 2.4 → 2
        let h = headToHead([1.4, 1.5, 1.6, 0.4, 2.4])
        #expect(h.discreteWinRate == 100 * (0 + 0.5 + 1 + 0.5 + 1) / 5)
        #expect(h.nTotal == 3)
    }

    @Test("encodes with AlpacaEval's keys")
    func codingKeys() throws {
        let data = try JSONEncoder().encode(headToHead([1, 2]))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"n_wins_base\":1"))
        #expect(text.contains("\"discrete_win_rate\":50"))
    }

    @Test("counts code points like Python's len()")
    func codePoints() {
        #expect(codePointLength("e\u{301}🇳🇱") == 4)
        #expect(codePointLength("") == 0)
        #expect(averageLength([1, 2]) == 1)
        #expect(averageLength([]) == 0)
    }

    @Test("counts every scalar once, whatever its UTF-8 width, in text of any script")
    func codePointsOfEveryWidth() {
        var generator = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
        for _ in 0..<200 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...64, using: &generator) {
                let range = ranges.randomElement(using: &generator)!
                text.append(Unicode.Scalar(UInt32.random(in: range, using: &generator))!)
            }
            let string = String(text)
            #expect(codePointLength(string) == string.unicodeScalars.count)
        }
    }

    @Test("equals AlpacaEval's figures for every fixture model")
    func matchesAlpacaEval() {
        #expect(AlpacaEvalFixture.models.count == 8)
        for m in AlpacaEvalFixture.models {
            let h = headToHead(m.preferences)
            let label = "\(m.suite)/\(m.name)"
            #expect(relativelyClose(h.winRate, m.expectedDouble("win_rate")), "\(label) win_rate")
            #expect(relativelyClose(h.standardError, m.expectedDouble("standard_error")), "\(label) standard_error")
            #expect(relativelyClose(h.discreteWinRate, m.expectedDouble("discrete_win_rate")), "\(label) discrete")
            #expect(h.nWins == m.expectedInt("n_wins"), "\(label) n_wins")
            #expect(h.nWinsBase == m.expectedInt("n_wins_base"), "\(label) n_wins_base")
            #expect(h.nDraws == m.expectedInt("n_draws"), "\(label) n_draws")
            #expect(h.nTotal == m.expectedInt("n_total"), "\(label) n_total")
            #expect(averageLength(m.outputLengths) == m.expectedInt("avg_length"), "\(label) avg_length")
        }
    }
}
