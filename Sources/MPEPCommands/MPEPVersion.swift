/// mpep's version, printed by `mpep --version`: the one place it is written. Raise it with each
/// release (a change to the content contract, docs/content-format.md, raises the major number).
/// No git tag or build date is read: a build from a tarball prints the same.
public enum MPEPVersion {
    public static let current = "0.1.0"
}
