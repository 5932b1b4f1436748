/// One instance of one provider: what the sandbox keeps per instance (credentials, conditions,
/// issued ids) is keyed by it.
struct InstanceKey: Hashable {
    let provider: SandboxProvider
    let instance: String
}
