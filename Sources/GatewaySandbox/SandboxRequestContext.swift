import Foundation
import Hummingbird
import NIOCore

/// The request context: the connection's channel, so a fault can close or stall it, and the
/// request body, read whole before any gateway looks at it.
struct SandboxRequestContext: RequestContext {
    /// Bodies up to 64 MB are read (data-URI media of 40 MB must fit).
    static let maximumBodyBytes = 64 * 1024 * 1024

    var coreContext: CoreRequestContextStorage
    let channel: any Channel
    /// The whole body of a gateway request, set by `RecordingMiddleware`.
    var body: [UInt8] = []

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Media travels inline as data URIs, so bodies of tens of megabytes are normal.
    var maxUploadSize: Int { Self.maximumBodyBytes }

    /// A path parameter of the matched route, percent-decoded.
    func path(_ name: String) -> String? {
        parameters.get(name).map { $0.removingPercentEncoding ?? $0 }
    }
}
