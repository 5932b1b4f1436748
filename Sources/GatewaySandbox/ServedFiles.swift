import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Files the sandbox serves under `/files/<name>` with a chosen status and Content-Type — the
/// media links a status names, as real hosts answer them: the file itself, a page instead of
/// the file (`text/html`), a download (`application/octet-stream`), a 404.
final class ServedFiles: Sendable {
    struct File: Sendable {
        let bytes: [UInt8]
        let contentType: String
        let status: Int
    }

    private let files = Mutex<[String: File]>([:])

    func put(_ name: String, _ file: File) {
        files.withLock { $0[name] = file }
    }

    func addRoutes(to router: Router<SandboxRequestContext>) {
        let serve: SandboxHandler = { request, context in
            guard let name = context.parameters.get("name"), let file = self.files.withLock({ $0[name] }) else {
                return HTTPReply.text(.notFound, "Not Found")
            }
            let status = HTTPResponse.Status(code: file.status)
            if request.method == .head {
                return Response(status: status, headers: [.contentType: file.contentType, .contentLength: String(file.bytes.count)])
            }
            return HTTPReply.bytes(status, file.bytes, contentType: file.contentType)
        }
        router.on("/files/:name", method: .get, use: serve)
        router.on("/files/:name", method: .head, use: serve)
    }
}
