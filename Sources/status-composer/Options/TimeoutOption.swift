import ArgumentParser

/// How long to wait for each gateway's answer: `post`, `send-image` and `run`.
struct TimeoutOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Seconds to wait for each gateway's answer (default 60; Evolution API 120).", valueName: "seconds"))
    var timeout: Int?

    func validate() throws {
        if let timeout, !(1...3600).contains(timeout) {
            throw ValidationError("--timeout: \(timeout); give 1 to 3600 seconds")
        }
    }

    var duration: Duration? { timeout.map { .seconds($0) } }
}
