import ArgumentParser
import Foundation

/// The executable's entry point: runs a command and maps usage errors to exit code 2
/// (ArgumentParser's own default is 64), so scripts can tell bad content (1) from a bad call (2).
/// Async, so a command that waits for async work (`mpep serve`) awaits it instead of blocking
/// a thread: `await Entry.main()`.
public enum Entry {
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        do {
            var command = try await MPEPCommand.asyncParseAsRoot(arguments)
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
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
