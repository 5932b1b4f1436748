import Hummingbird
import NIOCore

/// The request context: keeps the connection's channel so a fault can close or stall it.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Media travels inline as data URIs, so bodies of tens of megabytes are normal.
    var maxUploadSize: Int { SandboxResponder.maximumBodyBytes }
}
