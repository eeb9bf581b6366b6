import ArgumentParser
import Foundation

/// The executable's entry point: runs a command and maps usage errors to exit code 2
/// (ArgumentParser's own default is 64), so scripts can tell bad content (1) from a bad call (2).
public enum Entry {
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try MPEPCommand.parseAsRoot(arguments)
            try command.run()
            MPEPCommand.exit()
        } catch {
            if MPEPCommand.exitCode(for: error) == .validationFailure {
                printError(MPEPCommand.fullMessage(for: error))
                exit(2)
            }
            MPEPCommand.exit(withError: error)
        }
    }
}
