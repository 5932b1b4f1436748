import Foundation
import StatusKit
import Synchronization
import TerminalCells

/// Images already drawn, by what they were drawn from (a file's path, size and modification
/// time; a `data:` URI; a link) and the box and colours they were drawn for; a few
/// recent ones only. A file changed on disk has another size or time, so it is drawn again.
public final class PreviewCache: Sendable {
    public struct Key: Hashable, Sendable {
        /// What it was drawn from; a `data:` URI is its own key (hashed, never copied).
        public let reference: MediaReference
        public let byteCount: Int
        public let modified: Date?
        public let columns: Int
        public let rows: Int
        public let profile: ColorProfile
    }

    private let capacity: Int
    private let entries = Mutex<[(key: Key, value: Result<CellBuffer, PreviewFailure>)]>([])

    public init(capacity: Int = 8) {
        self.capacity = capacity
    }

    public func value(for key: Key) -> Result<CellBuffer, PreviewFailure>? {
        entries.withLock { list in
            guard let index = list.firstIndex(where: { $0.key == key }) else { return nil }
            let entry = list.remove(at: index)
            list.append(entry)
            return entry.value
        }
    }

    public func store(_ value: Result<CellBuffer, PreviewFailure>, for key: Key) {
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.append((key, value))
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
    }

    public var count: Int { entries.withLock { $0.count } }
}

/// Why the preview shows no image: a sentence for the pane.
public struct PreviewFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
