import CChafa
import TerminalCells

/// Turns pixels into terminal cells with libchafa: half blocks and quadrants, each cell a
/// glyph with a foreground and a background colour — in 24-bit colour for a true-colour
/// terminal, else chafa's pick among the 240 palette colours that users do not retheme (or
/// the 16 ANSI ones). Every terminal and font draws these glyphs, over SSH and in tmux.
public enum CellRenderer {
    /// The columns × rows that show `image` whole inside `columns` × `rows` with its aspect
    /// kept, for cells twice as tall as wide.
    public static func fit(width: Int, height: Int, columns: Int, rows: Int) -> (columns: Int, rows: Int) {
        var outWidth = Int32(columns), outHeight = Int32(rows)
        chafa_calc_canvas_geometry(Int32(width), Int32(height), &outWidth, &outHeight, 0.5, 1, 0)
        return (max(1, min(columns, Int(outWidth))), max(1, min(rows, Int(outHeight))))
    }

    /// `image` drawn in a buffer of exactly `columns` × `rows` cells (stretched to fill it: call
    /// `fit` first to keep the aspect). Nil for a monochrome terminal, which shows no image.
    public static func cells(of image: DecodedImage, columns: Int, rows: Int, profile: ColorProfile) -> CellBuffer? {
        let mode: Int32
        switch profile {
        case .trueColor: mode = media_chafa_mode_truecolor()
        case .ansi256: mode = media_chafa_mode_indexed_240()
        case .ansi16: mode = media_chafa_mode_indexed_16()
        case .monochrome: return nil
        }
        guard columns > 0, rows > 0, let canvas = media_chafa_canvas(Int32(columns), Int32(rows), mode) else { return nil }
        defer { chafa_canvas_unref(canvas) }
        image.rgba.withUnsafeBufferPointer { pixels in
            media_chafa_draw_rgba(canvas, pixels.baseAddress, Int32(image.width), Int32(image.height))
        }
        var buffer = CellBuffer(width: columns, height: rows)
        for y in 0..<rows {
            for x in 0..<columns {
                let scalar = Unicode.Scalar(chafa_canvas_get_char_at(canvas, Int32(x), Int32(y))) ?? " "
                var fg: Int32 = 0, bg: Int32 = 0
                chafa_canvas_get_raw_colors_at(canvas, Int32(x), Int32(y), &fg, &bg)
                let style = Style(fg: color(fg, mode: mode), bg: color(bg, mode: mode))
                buffer.put(String(Character(scalar)), x: x, y: y, style: style)
            }
        }
        return buffer
    }

    /// A raw chafa colour: packed 0xRRGGBB in true-colour mode, a palette index otherwise;
    /// negative for "none" (the terminal's own colour).
    private static func color(_ raw: Int32, mode: Int32) -> Color {
        guard raw >= 0 else { return .default }
        if mode == media_chafa_mode_truecolor() {
            return .rgb(UInt8(raw >> 16 & 0xFF), UInt8(raw >> 8 & 0xFF), UInt8(raw & 0xFF))
        }
        return .indexed(UInt8(clamping: raw))
    }
}
