import AsyncHTTPClient
import Foundation
import NIOCore
import StatusKit

/// Downloads a media link once into the cache folder (`$XDG_CACHE_HOME/status-composer/`, else
/// `~/.cache/status-composer/`) for the preview: at most 25 MB, within 10 s; a link already
/// downloaded is read from there. The error says why the link gave no file.
public struct LinkDownloader: Sendable {
    public static let maxBytes = 25 * 1024 * 1024
    /// Nil for the shared client, taken only when a link is asked: its event loop threads
    /// start with the first link, not with the program.
    let givenClient: HTTPClient?
    var client: HTTPClient { givenClient ?? .shared }
    let folder: URL
    let timeout: TimeAmount
    let maxBytes: Int

    public init(folder: URL, client: HTTPClient? = nil, timeout: TimeAmount = .seconds(10), maxBytes: Int = LinkDownloader.maxBytes) {
        self.folder = folder
        givenClient = client
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    /// The cache folder for `environment` (XDG's rule).
    public static func cacheFolder(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("status-composer")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/status-composer")
    }

    /// Where `url` is kept: a hash of the link, with its extension.
    public func cachedFile(for url: URL) -> URL {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 // FNV-1a: stable across runs, unlike Hasher
        for byte in url.absoluteString.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        let ext = url.pathExtension.isEmpty ? "" : "." + url.pathExtension.lowercased().prefix(5)
        return folder.appendingPathComponent(String(format: "link-%016llx", hash) + ext)
    }

    public func fetch(_ url: URL) async -> Result<URL, LinkDownloadError> {
        let target = cachedFile(for: url)
        if FileManager.default.fileExists(atPath: target.path) { return .success(target) }
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .GET
        do {
            let response = try await client.execute(request, timeout: timeout)
            guard response.status.code == 200 else {
                return .failure(.status(Int(response.status.code), response.headers.first(name: "content-type")))
            }
            if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > maxBytes {
                return .failure(.tooLarge(maxBytes))
            }
            var data = Data()
            for try await chunk in response.body {
                data.append(contentsOf: chunk.readableBytesView)
                if data.count > maxBytes { return .failure(.tooLarge(maxBytes)) }
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Written aside and renamed, so a half-written file is never taken for the link.
            let partial = target.appendingPathExtension("part")
            try data.write(to: partial)
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: partial, to: target)
            return .success(target)
        } catch let error as LinkDownloadError {
            return .failure(error)
        } catch let error as CocoaError {
            return .failure(.cannotStore(error.localizedDescription))
        } catch {
            return .failure(.unreachable(LinkChecker.reason(error, timeout: timeout)))
        }
    }
}

/// Why a link gave no file for the preview.
public enum LinkDownloadError: Error, Sendable, Equatable, CustomStringConvertible {
    case status(Int, String?)
    case tooLarge(Int)
    case unreachable(String)
    case cannotStore(String)

    public var description: String {
        switch self {
        case .status(let code, let type): "the link answered \(code)\(type.map { " (\($0))" } ?? "") instead of the file"
        case .tooLarge(let max): "the file is over \(Format.bytes(max)), more than the preview downloads"
        case .unreachable(let why): "the link cannot be reached: \(why)"
        case .cannotStore(let why): "the download cannot be kept in the cache: \(why)"
        }
    }
}
