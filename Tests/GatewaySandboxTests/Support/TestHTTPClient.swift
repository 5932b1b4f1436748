import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange as the client saw it.
struct HTTPResult: Sendable {
    let status: Int
    /// Header names lowercased.
    let headers: [String: String]
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object; fails the caller's expectations by returning an empty one.
    var object: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }

    var json: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A small URLSession client for loopback requests, with a bounded timeout.
struct TestHTTPClient: Sendable {
    let baseURL: String
    var timeout: TimeInterval = 5

    func send(
        _ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil
    ) async throws -> HTTPResult {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        request.timeoutInterval = timeout
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            fields[String(describing: name).lowercased()] = String(describing: value)
        }
        return HTTPResult(status: http.statusCode, headers: fields, body: data)
    }

    /// POSTs a JSON object with `Content-Type: application/json`.
    func postJSON(_ path: String, _ object: Any, headers: [String: String] = [:], method: String = "POST")
        async throws -> HTTPResult
    {
        var allHeaders = headers
        allHeaders["Content-Type"] = allHeaders["Content-Type"] ?? "application/json"
        let body = try JSONSerialization.data(withJSONObject: object)
        return try await send(method, path, headers: allHeaders, body: body)
    }
}
