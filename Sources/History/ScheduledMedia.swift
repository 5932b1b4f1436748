import Foundation
import StatusKit

/// The copies of local media files that scheduled items post, in `scheduled-media/` beside the
/// history (folder mode 700, files 600): what was scheduled is what goes out, even if the file
/// is edited or removed before its time. A copy goes when its item is done.
struct ScheduledMedia: Sendable {
    let folder: String

    /// Copies the draft's media when it is a local file; nil for links, data URIs and text.
    func copy(for draft: StatusDraft) throws -> String? {
        guard draft.kind.isMedia, case .success(.file(let path)) = MediaReference.parse(draft.media) else { return nil }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // The folder may have been made by an older umask: its mode is ours to keep.
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder)
        let ext = PathText.pathExtension(path)
        let target = folder + "/" + UUID().uuidString.lowercased() + (ext.isEmpty ? "" : "." + ext)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        guard FileManager.default.createFile(atPath: target, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
        }
        return target
    }

    /// Removes a copy; only files inside the folder (a stored path is never trusted further).
    func remove(_ copy: String?) {
        guard let copy, (copy as NSString).deletingLastPathComponent == folder else { return }
        try? FileManager.default.removeItem(atPath: copy)
    }
}
