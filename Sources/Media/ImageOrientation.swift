/// Turning decoded pixels upright by a JPEG's EXIF orientation (1–8): libjpeg hands the pixels
/// as stored, and phones store portrait photos sideways with orientation 6. The pixels are the
/// preview's small decode (down to 1/8), so a plain copy is quick.
extension DecodedImage {
    func oriented(_ orientation: Int) -> DecodedImage {
        guard (2...8).contains(orientation), width > 0, height > 0 else { return self }
        let turned = orientation >= 5
        let outWidth = turned ? height : width, outHeight = turned ? width : height
        var out = [UInt8](repeating: 0, count: outWidth * outHeight * 4)
        rgba.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for y in 0..<outHeight {
                    for x in 0..<outWidth {
                        let (sx, sy) = Self.stored(x, y, orientation, width: width, height: height)
                        let from = (sy * width + sx) * 4, to = (y * outWidth + x) * 4
                        for channel in 0..<4 { target[to + channel] = source[from + channel] }
                    }
                }
            }
        }
        return DecodedImage(
            width: outWidth, height: outHeight, rgba: out,
            fullWidth: turned ? fullHeight : fullWidth, fullHeight: turned ? fullWidth : fullHeight)
    }

    /// The stored pixel shown at (`x`, `y`) of the upright image, for a stored `width` × `height`.
    private static func stored(_ x: Int, _ y: Int, _ orientation: Int, width w: Int, height h: Int) -> (Int, Int) {
        switch orientation {
        case 2: (w - 1 - x, y) // mirrored
        case 3: (w - 1 - x, h - 1 - y) // upside down
        case 4: (x, h - 1 - y) // mirrored upside down
        case 5: (y, x) // transposed
        case 6: (y, h - 1 - x) // to be turned a quarter clockwise
        case 7: (w - 1 - y, h - 1 - x) // transversed
        case 8: (w - 1 - y, x) // to be turned a quarter anticlockwise
        default: (x, y)
        }
    }
}
