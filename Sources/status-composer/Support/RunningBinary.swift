import Foundation

/// This program's own file, also when it was started through PATH (then argv[0] is only its
/// name): the kernel's link first. Themes are found beside it, systemd and `accounts add`
/// start it again by it.
enum RunningBinary {
    static var path: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        let argument = CommandLine.arguments[0]
        if argument.hasPrefix("/") { return argument }
        return FileManager.default.currentDirectoryPath + "/" + argument
    }
}
