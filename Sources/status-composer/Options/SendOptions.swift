import ArgumentParser

/// How a send runs and reports, shared by `post` and `send-image`.
struct SendOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Seconds to wait for each gateway's answer (default 60; Evolution API 120).", valueName: "seconds"))
    var timeout: Int?

    @Flag(name: .long, help: "One JSON object per account per line: account, provider, ok, messageId, zaapId, httpStatus, error.")
    var json = false

    @Flag(name: .long, help: "Print each request exactly (method, URL, headers, body) with secrets masked, and send nothing.")
    var dryRun = false

    func validate() throws {
        if let timeout, !(1...3600).contains(timeout) {
            throw ValidationError("--timeout: \(timeout); give 1 to 3600 seconds")
        }
    }

    var timeoutDuration: Duration? { timeout.map { .seconds($0) } }
}
