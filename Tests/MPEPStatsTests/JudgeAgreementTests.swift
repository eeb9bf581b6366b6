import Testing
import TestSupport
@testable import MPEPStats

/// Expected figures from scikit-learn 1.5.2 (`cohen_kappa_score`) and scipy 1.14.1 (`spearmanr`),
/// computed with /tmp scripts on the same vectors.
@Suite("Judge agreement")
struct JudgeAgreementTests {
    @Test("matches scikit-learn's kappa and scipy's Spearman on a small example")
    func smallExample() {
        let a: [Double?] = [1, 2, 1.5, 2, 1, 1, nil, 2, 0, 1.25]
        let b: [Double?] = [1, 2, 2, 2, 1.5, 1, 2, 1, 0, 1.75]
        let agreement = judgeAgreement(a, b)
        #expect(agreement.rows == 9)
        #expect(relativelyClose(agreement.percentAgreement, 55.55555555555556))
        #expect(relativelyClose(agreement.cohensKappa, 0.320754716981132))
        #expect(relativelyClose(agreement.spearman, 0.5180180180180181))
    }

    @Test("gives tied values their average rank")
    func averageRanksForTies() {
        #expect(averageRanks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
        #expect(relativelyClose(spearman([1, 2, 2, 3, 5], [2, 1, 4, 4, 9]), 0.7631578947368421))
        #expect(relativelyClose(cohensKappa(["a", "a", "b", "c", "b"], ["a", "b", "b", "c", "c"]),
                                0.4117647058823529))
    }

    @Test("is perfect for identical judges and undefined for constant ones")
    func extremes() {
        let p: [Double?] = [1, 2, 1.5, 1.2, 1.9]
        let same = judgeAgreement(p, p)
        #expect(same.percentAgreement == 100)
        #expect(same.cohensKappa == 1)
        #expect(abs(same.spearman - 1) < 1e-15)
        #expect(cohensKappa([1, 1, 1], [1, 1, 1]).isNaN)
        #expect(spearman([1, 1, 1], [1, 2, 3]).isNaN)
    }

    @Test("matches scikit-learn and scipy on real AlpacaEval judgments")
    func realData() throws {
        // alpaca-7b judged by AlpacaEval 1.0's and 2.0's judges (references differ: a numeric check only).
        // Expected: scikit-learn's cohen_kappa_score and scipy's spearmanr on the fixture slice's rows
        // (Tests/Fixtures/alpaca_eval/README.md shows the script).
        let ae1 = try #require(AlpacaEvalFixture.model("ae1", "alpaca-7b"))
        let ae2 = try #require(AlpacaEvalFixture.model("ae2", "alpaca-7b"))
        let agreement = judgeAgreement(ae1.preferences, ae2.preferences)
        #expect(agreement.rows == 113)
        #expect(relativelyClose(agreement.percentAgreement, 75.22123893805309))
        #expect(relativelyClose(agreement.cohensKappa, 0.18746789933230612))
        #expect(relativelyClose(agreement.spearman, 0.2600536901771354))
        let phi = try #require(AlpacaEvalFixture.model("ae1", "phi-2"))
        let other = judgeAgreement(ae1.preferences, phi.preferences)
        #expect(other.rows == 107)
        #expect(relativelyClose(other.cohensKappa, 0.3404641044234953))
        #expect(relativelyClose(other.spearman, 0.3444184219517496))
    }
}
