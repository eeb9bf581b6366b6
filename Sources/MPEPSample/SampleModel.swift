import MPEPStats

/// A fictional model of the sample world, with the latent truth the leaderboard should recover.
///
/// Every name ends in "(sample)", every id starts with `sample-` and the organization is
/// "Sample Lab": made-up results must never be read as a real model's.
public struct SampleModel: Sendable, Equatable {
    public let id: String
    public let name: String
    public let organization: String
    public let url: String
    public let license: String
    /// Size in billions of parameters.
    public let parameters: Double
    public let openWeights: Bool
    /// `verified` or `community`.
    public let mode: String
    /// Latent quality on the logit scale, relative to the reference (0).
    public let strength: Double
    /// Mean output length relative to the reference (1 = as long as the reference).
    public let verbosity: Double

    public init(id: String, name: String, organization: String = "Sample Lab", url: String,
                license: String, parameters: Double, openWeights: Bool, mode: String,
                strength: Double, verbosity: Double) {
        self.id = id
        self.name = name
        self.organization = organization
        self.url = url
        self.license = license
        self.parameters = parameters
        self.openWeights = openWeights
        self.mode = mode
        self.strength = strength
        self.verbosity = verbosity
    }

    /// The id every sample tree and the shipped content use for the reference model.
    public static let referenceID = "sample-reference"

    /// The reference: strength 0 and verbosity 1 by definition.
    public static let reference = SampleModel(
        id: referenceID, name: "Reference Model (sample)", url: "https://example.org/sample/reference",
        license: "Apache-2.0", parameters: 70, openWeights: true, mode: "verified",
        strength: 0, verbosity: 1)

    /// The eight named models, strongest first. Gaps are mostly wide; two pairs are narrow on
    /// purpose (Godwit/Avocet 0.05, Heron/Dunlin 0.06), and Bittern is weak but very verbose,
    /// so a length-biased judge flatters it: that is what length control must undo.
    public static let roster: [SampleModel] = [
        named("curlew-70b", "Curlew 70B", 70, open: true, "verified", "Apache-2.0", 1.20, 1.10),
        named("godwit-34b", "Godwit 34B", 34, open: true, "verified", "MIT", 0.60, 0.95),
        named("avocet-32b", "Avocet 32B", 32, open: true, "community", "Apache-2.0", 0.55, 1.55),
        named("heron-7b", "Heron 7B", 7, open: true, "verified", "Apache-2.0", -0.30, 1.25),
        named("dunlin-8b", "Dunlin 8B", 8, open: true, "community", "CC-BY-4.0", -0.36, 0.80),
        named("bittern-13b", "Bittern 13B", 13, open: true, "community", "MIT", -0.85, 2.00),
        named("plover-3b", "Plover 3B", 3, open: true, "verified", "Apache-2.0", -1.15, 1.00),
        named("lapwing-1.5b", "Lapwing 1.5B", 1.5, open: false, "community", "Proprietary (sample)", -1.90, 0.70),
    ]

    private static func named(_ slug: String, _ title: String, _ size: Double, open: Bool,
                              _ mode: String, _ license: String,
                              _ strength: Double, _ verbosity: Double) -> SampleModel {
        SampleModel(id: "sample-\(slug)", name: "\(title) (sample)",
                    url: "https://example.org/sample/models/\(slug)", license: license,
                    parameters: size, openWeights: open, mode: mode,
                    strength: strength, verbosity: verbosity)
    }

    /// `count` compared models: the roster first, then generated fictional ones
    /// ("Grebe 14B r2 (sample)", the same names for every seed) whose strength is drawn from
    /// N(−0.4, 0.8²) and verbosity from a log-normal around 1.
    public static func lineup(count: Int, seed: UInt64) -> [SampleModel] {
        var models = Array(roster.prefix(count))
        let birds = ["grebe", "snipe", "stilt", "knot", "ruff", "tern", "shrike", "dotterel",
                     "whimbrel", "redshank", "turnstone", "sanderling", "merganser", "smew"]
        let sizes: [Double] = [0.5, 1, 2, 4, 7, 9, 14, 22, 40, 65]
        var index = 0
        while models.count < count {
            let bird = birds[index % birds.count]
            let round = index / birds.count + 1
            // Names do not depend on the seed, so trees of the same size hold the same files.
            var naming = SampleRandom.stream(0x5EED, "model", String(index))
            var rng = SampleRandom.stream(seed, "model", String(index))
            let size = naming.pick(sizes)
            let sizeLabel = JSONText.decimal(size, places: 1)
            let slug = "\(bird)-\(sizeLabel)b-r\(round)"
            let title = bird.prefix(1).uppercased() + bird.dropFirst()
            models.append(SampleModel(
                id: "sample-\(slug)", name: "\(title) \(sizeLabel)B r\(round) (sample)",
                url: "https://example.org/sample/models/\(slug)",
                license: rng.pick(["Apache-2.0", "MIT", "CC-BY-4.0"]), parameters: size,
                openWeights: rng.chance(0.85), mode: rng.chance(0.5) ? "verified" : "community",
                strength: -0.4 + 0.8 * rng.nextGaussian(),
                verbosity: (0.25 * rng.nextGaussian()).exp))
            index += 1
        }
        return models
    }

    /// The `models/<id>.yml` text, keys in contract order.
    var yaml: String {
        YAMLText.document([
            ("name", YAMLText.quoted(name)),
            ("organization", YAMLText.quoted(organization)),
            ("url", YAMLText.quoted(url)),
            ("license", YAMLText.quoted(license)),
            ("parameters", JSONText.decimal(parameters, places: 1)),
            ("open_weights", openWeights ? "true" : "false"),
            ("mode", YAMLText.quoted(mode)),
        ])
    }
}

extension Double {
    var exp: Double { _sampleExp(self) }
}
