import ArgumentParser
import Foundation
import MPEPContent
import MPEPServe

/// `mpep serve`: the site on localhost, rebuilt when content or templates change, with pages
/// that reload themselves. For maintainers and contributors previewing a change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on localhost and rebuild it when content or templates change.",
        discussion: """
            Serves the output folder on http://127.0.0.1:PORT/ (clean URLs; nothing outside the \
            folder, no hidden files). Every half second it looks for changes under the content \
            and templates folders; after one it rebuilds and open pages reload themselves (a small \
            script the server adds to the pages it sends; built files never contain it). The \
            README is left alone. Stop with Ctrl-C.

            Requests must name this machine in their Host header (localhost, 127.0.0.1, [::1] or \
            the address listened on); others get 403, which keeps web pages elsewhere from \
            reading the preview through DNS rebinding. For a preview on the local network, \
            listen on all addresses and name the machine: \
            mpep serve --host 0.0.0.0 --allowed-host mybox.local

            Examples:
              mpep serve
              mpep serve --port 4000
              mpep serve --content /tmp/tree --output /tmp/site
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder, rebuilt and served.")
    var output: String = "site"

    @Option(help: "The port (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on; 127.0.0.1 keeps the preview on this machine.")
    var host: String = "127.0.0.1"

    @Option(name: .customLong("allowed-host"),
            help: ArgumentHelp("A host name requests may use besides localhost and the address listened on (repeatable).",
                               valueName: "name"))
    var allowedHosts: [String] = []

    func validate() throws {
        if !PreviewServer.isAddress(host) {
            throw ValidationError("--host takes localhost or an IP address of this machine such as 127.0.0.1, ::1 or 0.0.0.0, found \"\(host)\"")
        }
        for name in allowedHosts where HostRule.hostName(name) == nil {
            throw ValidationError("--allowed-host takes a host name or address such as mybox.local, found \"\(name)\"")
        }
    }

    /// Serves until the process is stopped; throws (exit 1) only if the server fails.
    func run() async throws {
        let pipeline = Pipeline(paths: site.paths(output: output, readme: nil))
        // Listen first: a busy port is said in one line before a build is spent.
        let server: PreviewServer
        do {
            server = try PreviewServer(root: URL(fileURLWithPath: output), host: host, port: port,
                                       allowedHosts: allowedHosts)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        Self.build(pipeline)
        let watcher = ChangeWatcher(folders: [pipeline.paths.content, pipeline.paths.templates])
        print("Serving \(output)/ at http://\(server.address)/ (Ctrl-C to stop)")
        fflush(nil)
        let watching = Task { await server.watch(watcher) { Self.build(pipeline) } }
        defer { watching.cancel() }
        do {
            try await server.run()
        } catch {
            printError("error: the server stopped: \(error)")
            throw ExitCode(1)
        }
    }

    /// One build; problems are printed and the previous site keeps being served.
    static func build(_ pipeline: Pipeline) {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let report = try pipeline.build()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print("Built \(report.files) files in \(String(format: "%.2f", seconds)) s")
        } catch {
            switch error {
            case .content(let diagnostics):
                for diagnostic in diagnostics { printError(diagnostic.description) }
                printError("build failed: \(diagnostics.errorCount) error(s); still serving the previous site")
            case .templates(let message), .render(let message), .write(let message):
                printError("\(message)\nbuild failed; still serving the previous site")
            }
        }
        fflush(nil)
    }
}
