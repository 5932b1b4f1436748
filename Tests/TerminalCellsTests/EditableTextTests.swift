import XCTest
import FuzzSupport
import TerminalCells

final class EditableTextTests: XCTestCase {
    private func typing(_ string: String, into field: inout EditableText) {
        for character in string { field.insert(String(character)) }
    }

    /// Clusters are recounted from just before an edit only; random edits among pieces that
    /// merge (flags, skin tones, joiners, accents) must give the count and cursor a count of the
    /// whole text gives.
    func testCountAndCursorAfterEditsMatchAFullRecount() {
        var random = SeededGenerator(seed: 77)
        let pieces = ["a", "e", "\u{301}", "🇧", "🇷", "🇺", "👍", "🏽", "\u{200D}", "❤", "\u{FE0F}", "क", "\u{94D}", "ष", " ", "\n", "日"]
        var field = EditableText()
        for step in 0..<3000 {
            let before = field.text
            let cursor = field.cursor
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1, 2:
                let insert = (0..<Int.random(in: 1...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                field.insert(insert)
                let editEnd = before.prefix(cursor).utf8.count + insert.utf8.count
                var expected = 0
                var offset = 0
                for character in field.text where offset < editEnd {
                    offset += character.utf8.count
                    expected += 1
                }
                XCTAssertEqual(field.cursor, expected, "step \(step): inserting \(insert.debugDescription) at \(cursor) of \(before.debugDescription)")
            case 3, 4:
                // The cluster removed is the one a walk from the start finds there, wherever the
                // edit looked it up from.
                var clusters = Array(before)
                let forward = Int.random(in: 0..<2, using: &random) == 0
                if forward { field.deleteForward() } else { field.deleteBackward() }
                let removed = forward ? cursor : cursor - 1
                if clusters.indices.contains(removed) { clusters.remove(at: removed) }
                XCTAssertTrue(field.text.utf8.elementsEqual(String(clusters).utf8),
                              "step \(step): deleting \(forward ? "forward" : "backward") at \(cursor) of \(before.debugDescription)")
            default: field.cursor = Int.random(in: 0...field.count, using: &random)
            }
            XCTAssertEqual(field.count, field.text.count, "step \(step): \(field.text.debugDescription)")
            if field.count > 60 { field.clear() }
        }
    }

    func testInsertAndDeleteByGraphemeCluster() {
        var field = EditableText()
        typing("a👍🏽b", into: &field)
        XCTAssertEqual(field.text, "a👍🏽b")
        XCTAssertEqual(field.count, 3)
        XCTAssertEqual(field.cursor, 3)
        field.moveLeft()
        field.deleteBackward()  // the whole thumbs-up with its skin tone
        XCTAssertEqual(field.text, "ab")
        XCTAssertEqual(field.cursor, 1)
        field.deleteForward()
        XCTAssertEqual(field.text, "a")
        field.deleteForward()  // at the end: nothing
        XCTAssertEqual(field.text, "a")
        field.moveToStart()
        field.deleteBackward()  // at the start: nothing
        XCTAssertEqual(field.text, "a")
    }

    func testInsertThatMergesClustersPutsCursorAfterTheMergedCluster() {
        var field = EditableText("👍x", cursor: 1)
        field.insert("\u{1F3FD}")  // skin tone joins the thumbs-up
        XCTAssertEqual(field.text, "👍🏽x")
        XCTAssertEqual(field.count, 2)
        XCTAssertEqual(field.cursor, 1)
        field = EditableText("e", cursor: 1)
        field.insert("\u{301}")
        XCTAssertEqual(field.count, 1)
        XCTAssertEqual(field.cursor, 1)
        field = EditableText("\u{1F1E7}", cursor: 1)
        field.insert("\u{1F1F7}")  // second regional indicator completes the flag
        XCTAssertEqual(field.text, "🇧🇷")
        XCTAssertEqual(field.cursor, 1)
    }

    func testPasteIsSanitisedAndOneUndoStep() {
        var field = EditableText("start ")
        field.insert("line1\r\nline2\rline3\u{1B}[31m\u{7}\ttab\u{0}\u{85}end\u{2028}")
        XCTAssertEqual(field.text, "start line1\nline2\nline3[31m\ttab\nend\n")
        XCTAssertEqual(field.cursor, field.count)
        XCTAssertTrue(field.undo())
        XCTAssertEqual(field.text, "start ")
        XCTAssertEqual(field.cursor, 6)
        XCTAssertEqual(EditableText("a\r\nb\u{1B}").text, "a\nb")
        field.insert("\u{1B}\u{7}")  // nothing left to insert: no undo step
        XCTAssertEqual(field.text, "start ")
    }

    func testTypingBurstIsOneUndoStep() {
        var field = EditableText()
        typing("hello", into: &field)
        field.insert(" ")
        typing("world", into: &field)
        XCTAssertEqual(field.text, "hello world")
        XCTAssertTrue(field.undo())
        XCTAssertEqual(field.text, "")
        XCTAssertFalse(field.undo())
        XCTAssertTrue(field.redo())
        XCTAssertEqual(field.text, "hello world")
        XCTAssertEqual(field.cursor, 11)
        XCTAssertFalse(field.redo())
    }

    func testMovingTheCursorOrANewlineEndsABurst() {
        var field = EditableText()
        typing("one", into: &field)
        field.insert("\n")
        typing("two", into: &field)
        field.moveLeft()
        field.moveRight()
        typing("!", into: &field)
        XCTAssertEqual(field.text, "one\ntwo!")
        field.undo()
        XCTAssertEqual(field.text, "one\ntwo")
        field.undo()
        XCTAssertEqual(field.text, "one\n")
        field.undo()
        XCTAssertEqual(field.text, "one")
        field.undo()
        XCTAssertEqual(field.text, "")
        field.redo()
        field.redo()
        XCTAssertEqual(field.text, "one\n")
        typing("x", into: &field)  // a new edit drops the redo history
        XCTAssertFalse(field.canRedo)
        XCTAssertEqual(field.text, "one\nx")
    }

    func testBackspaceBurstAndExplicitBreak() {
        var field = EditableText("abcdef")
        field.deleteBackward()
        field.deleteBackward()
        field.deleteBackward()
        XCTAssertEqual(field.text, "abc")
        field.undo()
        XCTAssertEqual(field.text, "abcdef")
        typing("12", into: &field)
        field.breakUndoGroup()
        typing("34", into: &field)
        field.undo()
        XCTAssertEqual(field.text, "abcdef12")
    }

    func testUndoHistoryIsBounded() {
        var field = EditableText()
        for index in 0..<(EditableText.undoLimit + 50) {
            field.insert("\(index) ")
        }
        var steps = 0
        while field.undo() { steps += 1 }
        XCTAssertEqual(steps, EditableText.undoLimit)
    }

    func testWordMovementAndDeletion() {
        var field = EditableText("Olá, mundo! 😀 ok")
        field.moveWordLeft()
        XCTAssertEqual(field.cursor, 14)
        field.moveWordLeft()
        XCTAssertEqual(field.cursor, 12)  // the emoji is a word
        field.moveWordLeft()
        XCTAssertEqual(field.cursor, 5)
        field.moveWordRight()
        XCTAssertEqual(field.cursor, 10)
        field.moveToEnd()
        field.deleteWordBackward()
        XCTAssertEqual(field.text, "Olá, mundo! 😀 ")
        field.moveToStart()
        field.deleteWordForward()
        XCTAssertEqual(field.text, ", mundo! 😀 ")
    }

    func testHomeEndAndLineDeletion() {
        var field = EditableText("first line\nsecond line", cursor: 14)
        field.moveHome()
        XCTAssertEqual(field.cursor, 11)
        field.moveEnd()
        XCTAssertEqual(field.cursor, 22)
        field.cursor = 14
        field.deleteToLineStart()
        XCTAssertEqual(field.text, "first line\nond line")
        field.deleteToLineEnd()
        XCTAssertEqual(field.text, "first line\n")
        field.cursor = -10
        XCTAssertEqual(field.cursor, 0)
        field.cursor = 1000
        XCTAssertEqual(field.cursor, field.count)
    }

    func testVisualHomeAndEnd() {
        var field = EditableText("hello world again", cursor: 8)
        field.moveHome(width: 6)
        XCTAssertEqual(field.cursor, 6)
        field.moveEnd(width: 6)
        XCTAssertEqual(field.cursor, 11)  // before the space that ends the row
    }

    func testVerticalMovementKeepsTheGoalColumn() {
        var field = EditableText("long first line\nab\nanother long line", cursor: 10)
        XCTAssertFalse(field.moveUp(width: 40))
        XCTAssertEqual(field.cursor, 10)
        XCTAssertTrue(field.moveDown(width: 40))
        XCTAssertEqual(field.cursor, 18)  // end of "ab"
        XCTAssertTrue(field.moveDown(width: 40))
        XCTAssertEqual(field.cursor, 29)  // back at column 10
        XCTAssertFalse(field.moveDown(width: 40))
        XCTAssertTrue(field.cursorPosition(width: 40) == (2, 10))
    }

    func testVerticalMovementAcrossSoftWraps() {
        var field = EditableText("aaaa bbbb cccc", cursor: 2)
        XCTAssertTrue(field.moveDown(width: 5))
        XCTAssertEqual(field.cursor, 7)
        XCTAssertTrue(field.moveDown(width: 5))
        XCTAssertEqual(field.cursor, 12)
        XCTAssertTrue(field.moveUp(width: 5))
        XCTAssertTrue(field.moveUp(width: 5))
        XCTAssertEqual(field.cursor, 2)
    }

    func testClearAndReplaceAll() {
        var field = EditableText("draft")
        field.clear()
        XCTAssertTrue(field.isEmpty)
        field.undo()
        XCTAssertEqual(field.text, "draft")
        field.replaceAll(with: "from the editor\r\n")
        XCTAssertEqual(field.text, "from the editor\n")
        XCTAssertEqual(field.cursor, field.count)
        field.undo()
        XCTAssertEqual(field.text, "draft")
    }

    /// After any sequence of operations the cursor is a valid cluster offset and the text is
    /// free of stray controls.
    func testRandomOperationsKeepCursorOnClusterBoundaries() {
        var generator = SeededGenerator(seed: 99)
        var field = EditableText()
        for step in 0..<3000 {
            let width = Int.random(in: -1...12, using: &generator)
            switch Int.random(in: 0..<20, using: &generator) {
            case 0...5:
                field.insert(emojiAndScriptCorpus.randomElement(using: &generator)!)
            case 6:
                let paste = (0..<Int.random(in: 0...6, using: &generator))
                    .map { _ in emojiAndScriptCorpus.randomElement(using: &generator)! }.joined()
                field.insert(paste + "\r\n\u{1B}")
            case 7: field.deleteBackward()
            case 8: field.deleteForward()
            case 9: field.moveLeft()
            case 10: field.moveRight()
            case 11: Bool.random(using: &generator) ? field.moveWordLeft() : field.moveWordRight()
            case 12: Bool.random(using: &generator) ? field.moveHome() : field.moveEnd(width: width)
            case 13: field.moveUp(width: width)
            case 14: field.moveDown(width: width)
            case 15: field.deleteWordBackward()
            case 16: field.undo()
            case 17: field.redo()
            case 18: field.cursor = Int.random(in: -3...(field.count + 3), using: &generator)
            default: field.breakUndoGroup()
            }
            if field.count > 80 { field.clear() }  // short texts reach every edge case sooner
            XCTAssertEqual(field.count, field.text.count, "step \(step)")
            XCTAssertTrue((0...field.count).contains(field.cursor), "step \(step)")
            let before = String(field.text.prefix(field.cursor))
            XCTAssertEqual(before.count, field.cursor, "cursor inside a cluster at step \(step)")
            XCTAssertEqual(before + field.text.dropFirst(field.cursor), field.text)
            XCTAssertFalse(field.text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" })
            let position = field.cursorPosition(width: max(width, 1))
            XCTAssertGreaterThanOrEqual(position.row, 0)
        }
    }
}
