/// The figures that make sample data behave like real AlpacaEval data, measured on AlpacaEval's
/// own result files with `scripts/judge-calibration` (docs/statistics.md, "Calibration of the
/// sample data", gives the measurements and the sample's own figures beside them).
///
/// Uncalibrated, the sample's judge was unsure (half its verdicts within 0.25 of a draw, against
/// 4% for AlpacaEval 2's judge) and barely swayed by length (a length weight of −0.3 in
/// AlpacaEval's GLM, against −2.2…−4.4), so the length-controlled fit found nothing to fit and
/// came out flat in 10 of the 40 shipped results; on real data cut to 60 prompts, 1 in 52 is.
enum Calibration {
    /// The primary judge's `decisiveness`: AlpacaEval 2's judge gives 86–98% of its verdicts
    /// within 0.1 of 1 or 2 (median 92%); the shipped sample's judge 87%.
    static let decisiveness = 7.0
    /// β of the primary judge's length bias `β·tanh(Δlength / SampleWorld.lengthScale)`: the
    /// unpenalised length weight of AlpacaEval's GLM is −2.2…−4.4 on AlpacaEval 2 (median −2.9);
    /// the shipped sample's −3.1.
    static let lengthBias = 1.8
    /// The strict judge's draw rate for close calls: AlpacaEval 1's discrete judge draws on 2.0–2.8%.
    static let strictDrawRate = 0.05
    /// Answer lengths are log-normal: the spread of log(length) between prompts and between one
    /// model's answers to a prompt. AlpacaEval 2's answers have sd(log length) 0.8–1.2 and
    /// correlate with the reference's at 0.6–0.8 over prompts.
    static let promptLengthSD = 0.9
    static let answerLengthSD = 0.6
    /// The median answer length, chosen so that the mean (`median · exp(σ²/2)`, σ² the sum of the
    /// two variances above) stays at the ~1,270 code points the benchmark trees were sized with.
    static let medianLength = 706.0
}
