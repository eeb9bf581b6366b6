import ArgumentParser

/// The executable's entry point: runs a command and maps usage errors to exit code 2
/// (ArgumentParser's own default is 64), so scripts can tell bad content (1) from a bad call (2).
public enum Entry {
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try MPEPCommand.parseAsRoot(arguments)
            try command.run()
            MPEPCommand.exit()
        } catch {
            let code = MPEPCommand.exitCode(for: error)
            if code == .validationFailure {
                MPEPCommand.exit(withError: UsageError(message: MPEPCommand.fullMessage(for: error)))
            }
            MPEPCommand.exit(withError: error)
        }
    }
}

/// A usage error: prints ArgumentParser's message and exits with 2.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
