/// The gateway requests that only read — an instance's state, its own number, a status's
/// views, the list of what was posted — as opposed to those that post or delete. They are
/// recorded apart (`recordedReads()`), so what a test counts as sent stays what was sent, and
/// of the injected faults only `disconnected` reaches them: a fault scripted for the next post
/// is not spent on the state check a client makes first.
enum ReadingRoutes {
    static func isReading(method: String, path: String) -> Bool {
        guard method == "GET" else { return false }
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        let segments = bare.split(separator: "/").map(String.init)
        if segments.first == "instances", segments.count == 5, ["status", "device"].contains(segments[4]) { return true }
        if segments.first?.hasPrefix("waInstance") == true, segments.count >= 2, segments[1].lowercased().hasPrefix("get") { return true }
        if bare.hasPrefix("/api/instance/list") || bare.hasPrefix("/api/chat/status/") { return true }
        if bare.hasPrefix("/instance/connectionState/") || bare.hasPrefix("/instance/fetchInstances") { return true }
        return segments.first == "sandbox" && segments.count == 3 && segments[2] == "state"
    }
}
