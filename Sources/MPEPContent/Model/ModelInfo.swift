/// `content/models/<id>.yml`: a model that answers the prompts (or the reference).
public struct ModelInfo: Sendable, Equatable, Identifiable {
    public enum Mode: String, Sendable, Equatable, CaseIterable {
        /// Outputs produced by the maintainers.
        case verified
        /// Outputs contributed by the community and not reproduced.
        case community
    }

    public var id: String
    public var name: String
    public var organization: String
    public var url: String?
    public var license: String?
    /// Parameters in billions, when published.
    public var parameters: Double?
    public var openWeights: Bool
    public var mode: Mode

    public init(id: String, name: String, organization: String = "", url: String? = nil, license: String? = nil,
                parameters: Double? = nil, openWeights: Bool = true, mode: Mode = .community) {
        self.id = id
        self.name = name
        self.organization = organization
        self.url = url
        self.license = license
        self.parameters = parameters
        self.openWeights = openWeights
        self.mode = mode
    }
}
