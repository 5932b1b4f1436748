import Foundation
import History
import Synchronization
import XCTest

/// The runner's lock and the "schedule changed" signal, on a real state folder.
final class RunnerLockTests: XCTestCase {
    var folder: String!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)").path
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testASecondTakerIsToldTheHoldersPidUntilItIsReleased() throws {
        guard case .success(let first) = try RunnerLock.acquire(stateFolder: folder) else { return XCTFail("the lock was free") }
        XCTAssertEqual(try String(contentsOfFile: RunnerLock.path(stateFolder: folder), encoding: .utf8), "\(getpid())\n")
        // flock locks belong to open files, so a second open in this process is refused too.
        guard case .failure(.otherProcess(let pid)) = try RunnerLock.acquire(stateFolder: folder) else { return XCTFail("taken twice") }
        XCTAssertEqual(pid, getpid())
        first.release()
        guard case .success(let second) = try RunnerLock.acquire(stateFolder: folder) else { return XCTFail("not released") }
        second.release()
    }

    func testALockFileLeftByADeadProcessIsTakenOver() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "2147483000\n".write(toFile: RunnerLock.path(stateFolder: folder), atomically: false, encoding: .utf8)
        guard case .success(let lock) = try RunnerLock.acquire(stateFolder: folder) else { return XCTFail("a stale file held the lock") }
        XCTAssertEqual(try String(contentsOfFile: RunnerLock.path(stateFolder: folder), encoding: .utf8), "\(getpid())\n")
        lock.release()
    }

    func testTheWatcherWakesWhenTheScheduleChangedFileIsTouched() throws {
        let calls = Mutex(0)
        let watcher = try ScheduleChangeWatcher(stateFolder: folder) { calls.withLock { $0 += 1 } }
        defer { watcher.stop() }
        // Other files of the folder do not count: their events (which arrive within
        // milliseconds) wake nothing in a bounded look for any call.
        FileManager.default.createFile(atPath: folder + "/other", contents: Data("x".utf8))
        XCTAssertFalse(poll(0.3) { calls.withLock { $0 } > 0 }, "a file other than schedule.changed woke the watcher")
        ScheduleChangeSignal.touch(stateFolder: folder)
        XCTAssertTrue(poll { calls.withLock { $0 } >= 1 }, "no wake-up for schedule.changed")
        let seen = calls.withLock { $0 }
        ScheduleChangeSignal.touch(stateFolder: folder)
        XCTAssertTrue(poll { calls.withLock { $0 } > seen }, "no wake-up for the second touch")
    }

    private func poll(_ limit: TimeInterval = 5, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
