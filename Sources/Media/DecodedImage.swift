import CLibJPEG
import CLibPNG
import Foundation

/// An image decoded to packed RGBA, 8 bits a channel, possibly scaled down while decoding.
public struct DecodedImage: Sendable {
    public let width: Int
    public let height: Int
    /// `width × height × 4` bytes, rows top to bottom.
    public let rgba: [UInt8]
    /// The image's own size before any scaling.
    public let fullWidth: Int
    public let fullHeight: Int

    /// Decodes JPEG (libjpeg-turbo, scaled by its DCT to no less than `minWidth` × `minHeight`,
    /// then turned upright by its EXIF orientation) or PNG (libpng). Other formats and broken
    /// files give an error that says what is wrong.
    public static func decode(_ data: Data, minWidth: Int = 0, minHeight: Int = 0) -> Result<DecodedImage, ImageDecodeError> {
        let head = [UInt8](data.prefix(MediaSniffer.headLength))
        switch ImageHeader.format(head) {
        case .jpeg?:
            // A phone's portrait photo is stored sideways (orientation 6): its stored width is
            // the height shown.
            let orientation = ImageHeader.jpegOrientation(head)
            let turned = orientation >= 5
            return jpeg(data, minWidth: turned ? minHeight : minWidth, minHeight: turned ? minWidth : minHeight)
                .map { $0.oriented(orientation) }
        case .png?:
            return png(data)
        case .gif?, .webp?, nil:
            if case .image(let kind, _, _)? = ImageHeader.read(head) { return .failure(.formatNotDrawn(kind.rawValue)) }
            return .failure(.notAnImage)
        }
    }

    private static func jpeg(_ data: Data, minWidth: Int, minHeight: Int) -> Result<DecodedImage, ImageDecodeError> {
        var width: Int32 = 0, height: Int32 = 0, fullWidth: Int32 = 0, fullHeight: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let pixels = data.withUnsafeBytes { input in
            media_jpeg_decode(input.bindMemory(to: UInt8.self).baseAddress, input.count, Int32(minWidth), Int32(minHeight),
                              &width, &height, &fullWidth, &fullHeight, &message, message.count)
        }
        guard let pixels else {
            return .failure(.corrupt(format: "JPEG", String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
        }
        defer { free(pixels) }
        let count = Int(width) * Int(height) * 4
        return .success(DecodedImage(
            width: Int(width), height: Int(height), rgba: Array(UnsafeBufferPointer(start: pixels, count: count)),
            fullWidth: Int(fullWidth), fullHeight: Int(fullHeight)))
    }

    private static func png(_ data: Data) -> Result<DecodedImage, ImageDecodeError> {
        // libpng keeps a pointer to the input between begin and finish: both run inside one
        // access to it.
        data.withUnsafeBytes { input in
            var image = png_image()
            image.version = media_png_version()
            guard png_image_begin_read_from_memory(&image, input.baseAddress, input.count) != 0 else {
                return .failure(.corrupt(format: "PNG", pngMessage(&image)))
            }
            defer { png_image_free(&image) }
            image.format = media_png_format_rgba()
            let width = Int(image.width), height = Int(image.height)
            // A header that promises more than 64 megapixels is refused before allocating for it.
            guard width > 0, height > 0, width * height <= 64 << 20 else {
                return .failure(.corrupt(format: "PNG", "\(width)×\(height) is too large"))
            }
            var rgba = [UInt8](repeating: 0, count: width * height * 4)
            let finished = rgba.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
            guard finished != 0 else { return .failure(.corrupt(format: "PNG", pngMessage(&image))) }
            return .success(DecodedImage(width: width, height: height, rgba: rgba, fullWidth: width, fullHeight: height))
        }
    }

    private static func pngMessage(_ image: inout png_image) -> String {
        withUnsafeBytes(of: &image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}

/// Why an image could not be drawn.
public enum ImageDecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are a JPEG or PNG the library could not read; the library's own words.
    case corrupt(format: String, String)
    /// WebP and GIF are recognised (their facts are shown) but not drawn.
    case formatNotDrawn(String)
    case notAnImage

    public var description: String {
        switch self {
        case .corrupt(let format, let why): "this \(format) cannot be decoded: \(why)"
        case .formatNotDrawn(let format): "\(format) is not drawn here (JPEG and PNG are)"
        case .notAnImage: "not a JPEG or PNG image"
        }
    }
}
