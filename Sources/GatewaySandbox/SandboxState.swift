import Synchronization

/// Everything the server remembers between requests; shared by the handlers and the public API.
final class SandboxState: Sendable {
    private struct Settings {
        var ryzePlacement: RyzeMessageIdPlacement = .underData
        var rateLimitsEnforced = true
        var baseURL = "http://127.0.0.1"
    }

    let faults = FaultSchedule()
    let ledger = IssuedMessageLedger()
    let media = MediaStore()
    let served = ServedFiles()

    let conditions = InstanceConditions()
    let published = PublishedStatusBook()
    let hanging = HangingConnections()
    /// Green API: 5 send requests per second per instance.
    let greenSendLimiter = SlidingWindowLimiter(limit: 5, window: .seconds(1))
    /// Green API: 1 request per second per instance and method for the account and statuses
    /// reading methods (getStateInstance, getStatusStatistic, getOutgoingStatuses, …).
    let greenReadLimiter = SlidingWindowLimiter(limit: 1, window: .seconds(1))
    /// RyzeAPI: 100 requests per minute per token.
    let ryzeQuota = FixedWindowQuota(limit: 100, length: 60)

    private let credentials = Mutex<[InstanceKey: SandboxCredential]>([:])
    private let recordings = Mutex<[RecordedRequest]>([])
    private let reads = Mutex<[RecordedRequest]>([])
    private let settings = Mutex(Settings())
    /// Evolution reports a stable `instanceId` (a UUID) per instance.
    private let evolutionInstanceIDs = Mutex<[String: String]>([:])

    init(credentials: [SandboxCredential]) {
        for credential in credentials { register(credential) }
    }

    // MARK: Credentials

    /// Adds or replaces the credential for its provider and instance.
    func register(_ credential: SandboxCredential) {
        credentials.withLock { $0[InstanceKey(provider: credential.provider, instance: credential.instance)] = credential }
    }

    func credential(_ provider: SandboxProvider, instance: String) -> SandboxCredential? {
        credentials.withLock { $0[InstanceKey(provider: provider, instance: instance)] }
    }

    // MARK: Recording

    func record(_ request: RecordedRequest) {
        recordings.withLock { $0.append(request) }
    }

    func recordRead(_ request: RecordedRequest) {
        reads.withLock { $0.append(request) }
    }

    func recordedReads() -> [RecordedRequest] {
        reads.withLock { $0 }
    }

    func recordedRequests() -> [RecordedRequest] {
        recordings.withLock { $0 }
    }

    func clearRecordedRequests() {
        recordings.withLock { $0.removeAll() }
        reads.withLock { $0.removeAll() }
    }

    // MARK: Settings

    var ryzePlacement: RyzeMessageIdPlacement {
        get { settings.withLock { $0.ryzePlacement } }
        set { settings.withLock { $0.ryzePlacement = newValue } }
    }

    var rateLimitsEnforced: Bool {
        get { settings.withLock { $0.rateLimitsEnforced } }
        set { settings.withLock { $0.rateLimitsEnforced = newValue } }
    }

    /// `http://HOST:PORT`, used to build Green API media links.
    var baseURL: String {
        get { settings.withLock { $0.baseURL } }
        set { settings.withLock { $0.baseURL = newValue } }
    }

    func evolutionInstanceID(for instance: String) -> String {
        evolutionInstanceIDs.withLock { ids in
            if let id = ids[instance] { return id }
            let id = RandomID.uuid()
            ids[instance] = id
            return id
        }
    }
}
