import ArgumentParser

/// How a send runs and reports, shared by `post` and `send-image`.
struct SendOptions: ParsableArguments {
    @OptionGroup var timeoutOption: TimeoutOption

    @Flag(name: .long, help: "One JSON object per account per line: account, provider, ok, messageId, zaapId, httpStatus, error.")
    var json = false

    @Flag(name: .long, help: "Print each request exactly (method, URL, headers, body) with secrets masked, and send nothing.")
    var dryRun = false

    var timeoutDuration: Duration? { timeoutOption.duration }
}
