import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process's wall time and peak resident memory, from `wait4`'s rusage: each size and
/// each tool runs in its own process so that one peak never hides inside another.
struct Measured {
    var seconds: Double
    var peakBytes: Int
    var status: Int32

    /// Runs `executable` with `arguments`, stdout and stderr to `log` (appended).
    static func run(_ executable: String, _ arguments: [String], log: URL) -> Measured {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil   // an opaque pointer on Darwin
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        #if os(Linux)
        let envp = environ
        #else   // Darwin's `environ` is not visible to Swift: the same variables, copied
        let variables: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in variables { free(pointer) } }
        let envp = variables
        #endif
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { return Measured(seconds: 0, peakBytes: 0, status: -1) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Measured(seconds: seconds, peakBytes: peakBytes(usage), status: status)
    }

    /// This process's own peak resident memory so far.
    static func ownPeakBytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return peakBytes(usage)
    }

    /// `ru_maxrss` in bytes: Linux counts it in kilobytes, macOS in bytes.
    private static func peakBytes(_ usage: rusage) -> Int {
        #if os(Linux)
        Int(usage.ru_maxrss) * 1024
        #else
        Int(usage.ru_maxrss)
        #endif
    }

    /// The path of the running executable, to start it again as a child.
    static var selfExecutable: String {
        #if os(Linux)
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        #else
        Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }

    /// Whether `name` is a program on the PATH.
    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

extension Double {
    /// Fixed decimals for the printed tables.
    func fixed(_ digits: Int) -> String { String(format: "%.\(digits)f", self) }
}

extension Int {
    var megabytes: String { String(format: "%.0f MB", Double(self) / 1_048_576) }
}
