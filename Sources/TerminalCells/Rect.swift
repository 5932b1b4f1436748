/// A rectangle of cells. Width and height are never negative, and every operation clamps
/// instead of failing, so layout code can subtract freely on a tiny screen.
public struct Rect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int { didSet { width = max(0, width) } }
    public var height: Int { didSet { height = max(0, height) } }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the right column (saturating).
    public var maxX: Int { Rect.add(x, width) }
    /// One past the bottom row (saturating).
    public var maxY: Int { Rect.add(y, height) }

    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The overlap of two rectangles; an empty rectangle when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = Swift.max(x, other.x)
        let top = Swift.max(y, other.y)
        let right = Swift.min(maxX, other.maxX)
        let bottom = Swift.min(maxY, other.maxY)
        return Rect(
            x: left, y: top,
            width: right > left ? right - left : 0,
            height: bottom > top ? bottom - top : 0)
    }

    /// Shrinks every side by `amount` (a negative amount grows it).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Shrinks each side by its own amount; what cannot shrink further stays at size 0.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let newX = Rect.add(x, left)
        let newY = Rect.add(y, top)
        let newWidth = Rect.add(Rect.add(width, Rect.negate(left)), Rect.negate(right))
        let newHeight = Rect.add(Rect.add(height, Rect.negate(top)), Rect.negate(bottom))
        return Rect(
            x: Swift.min(newX, Swift.max(x, maxX)), y: Swift.min(newY, Swift.max(y, maxY)),
            width: newWidth, height: newHeight)
    }

    /// The first `count` rows (all of them if fewer).
    public func top(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: Rect.clamp(count, to: height))
    }

    /// The last `count` rows.
    public func bottom(_ count: Int) -> Rect {
        let rows = Rect.clamp(count, to: height)
        return Rect(x: x, y: Rect.add(y, height - rows), width: width, height: rows)
    }

    /// The first `count` columns.
    public func left(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: Rect.clamp(count, to: width), height: height)
    }

    /// The last `count` columns.
    public func right(_ count: Int) -> Rect {
        let columns = Rect.clamp(count, to: width)
        return Rect(x: Rect.add(x, width - columns), y: y, width: columns, height: height)
    }

    /// What is left after taking away the first `count` rows.
    public func removingTop(_ count: Int) -> Rect {
        let rows = Rect.clamp(count, to: height)
        return Rect(x: x, y: Rect.add(y, rows), width: width, height: height - rows)
    }

    /// What is left after taking away the last `count` rows.
    public func removingBottom(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - Rect.clamp(count, to: height))
    }

    /// What is left after taking away the first `count` columns.
    public func removingLeft(_ count: Int) -> Rect {
        let columns = Rect.clamp(count, to: width)
        return Rect(x: Rect.add(x, columns), y: y, width: width - columns, height: height)
    }

    /// What is left after taking away the last `count` columns.
    public func removingRight(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: width - Rect.clamp(count, to: width), height: height)
    }

    /// Splits into the first `count` rows and the rest.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        (top(count), removingTop(count))
    }

    /// Splits into the first `count` columns and the rest.
    public func splitLeft(_ count: Int) -> (left: Rect, rest: Rect) {
        (left(count), removingLeft(count))
    }

    private static func clamp(_ value: Int, to limit: Int) -> Int {
        Swift.min(Swift.max(0, value), limit)
    }

    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { return b > 0 ? Int.max : Int.min }
        return sum
    }

    private static func negate(_ value: Int) -> Int {
        value == Int.min ? Int.max : -value
    }
}
