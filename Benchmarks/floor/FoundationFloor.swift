// The least a Swift program with Foundation costs on this system: a prompt, then a line read.
// `make bench` builds it as the app is built (optimised, the Swift runtime and Foundation
// linked in) and measures it beside the composer, dialog and whiptail, so BENCHMARKS.md can
// tell the start-up and memory the composer's own code adds from what the language brings.
import Foundation

let name = ProcessInfo.processInfo.environment["TERM"] ?? "terminal"
print("Caption (\(name)): ", terminator: "")
fflush(stdout)
_ = readLine()
