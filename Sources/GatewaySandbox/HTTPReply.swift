import HTTPTypes
import Hummingbird

/// Builders for the responses the gateways send.
enum HTTPReply {
    static let jsonContentType = "application/json; charset=utf-8"

    static func json(_ status: HTTPResponse.Status, _ value: JSONDocument, headers: HTTPFields = [:]) -> Response {
        bytes(status, value.serializedBytes, contentType: jsonContentType, headers: headers)
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        bytes(status, Array(text.utf8), contentType: "text/plain; charset=utf-8", headers: headers)
    }

    static func html(_ status: HTTPResponse.Status, _ html: String) -> Response {
        bytes(status, Array(html.utf8), contentType: "text/html; charset=utf-8")
    }

    /// A response without a body (`Content-Length: 0`).
    static func empty(_ status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        Response(status: status, headers: headers, body: ResponseBody())
    }

    static func bytes(
        _ status: HTTPResponse.Status, _ bytes: [UInt8], contentType: String, headers: HTTPFields = [:]
    ) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
