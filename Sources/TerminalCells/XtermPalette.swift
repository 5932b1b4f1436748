/// The xterm 256-colour palette and nearest-colour matching.
///
/// Mapping follows tmux's `colour_find_rgb`: each channel goes to the nearest level of the
/// 6×6×6 cube {0, 95, 135, 175, 215, 255}; the nearest grey of the ramp 232–255 (8 + 10·i) is
/// taken from the channel average; the closer of the two by squared distance wins. Indexes 0–15
/// are never chosen because users retheme them.
public enum XtermPalette {
    /// Channel levels of the 6×6×6 colour cube (indexes 16–231).
    public static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// xterm's default colours for the 16 ANSI indexes.
    private static let ansi: [(r: UInt8, g: UInt8, b: UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The colour an index shows in xterm's default palette.
    public static func rgb(of index: UInt8) -> (r: UInt8, g: UInt8, b: UInt8) {
        switch index {
        case 0..<16:
            return ansi[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// The nearest index in 16–255 (tmux's algorithm).
    public static func nearest256(r: UInt8, g: UInt8, b: UInt8) -> UInt8 {
        let (red, green, blue) = (Int(r), Int(g), Int(b))
        let (qr, qg, qb) = (cubeStep(red), cubeStep(green), cubeStep(blue))
        let (cr, cg, cb) = (Int(cubeLevels[qr]), Int(cubeLevels[qg]), Int(cubeLevels[qb]))
        let cubeIndex = 16 + 36 * qr + 6 * qg + qb
        if cr == red && cg == green && cb == blue { return UInt8(cubeIndex) }

        let average = (red + green + blue) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 8 + 10 * greyStep
        let cubeDistance = distanceSquared((cr, cg, cb), (red, green, blue))
        let greyDistance = distanceSquared((grey, grey, grey), (red, green, blue))
        return UInt8(greyDistance < cubeDistance ? 232 + greyStep : cubeIndex)
    }

    /// The nearest of the 16 ANSI colours by squared distance to xterm's defaults.
    public static func nearest16(r: UInt8, g: UInt8, b: UInt8) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        var best = 0
        var bestDistance = Int.max
        for (index, colour) in ansi.enumerated() {
            let distance = distanceSquared((Int(colour.r), Int(colour.g), Int(colour.b)), target)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    private static func cubeStep(_ value: Int) -> Int {
        if value < 48 { return 0 }
        if value < 114 { return 1 }
        return (value - 35) / 40
    }

    private static func distanceSquared(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
