import StatusKit

/// An audio file's format and length from its headers: MP3 (past an ID3 tag, the first
/// MPEG audio frame; the length from a Xing/Info frame count, else from the bit rate), WAV
/// (`fmt ` byte rate and `data` size) and Ogg (format only).
enum AudioHeader {
    static func read(_ bytes: MediaBytes) -> MediaContent? {
        let head = bytes.read(at: 0, length: 16)
        if head.starts(with: "RIFF"), head.starts(with: "WAVE", at: 8) { return wav(bytes) }
        if head.starts(with: "OggS") { return .audio(format: "Ogg", seconds: nil) }
        var start = 0
        if head.starts(with: "ID3"), head.count >= 10 {
            // Syncsafe: seven bits per byte; a footer adds ten bytes more.
            let size = (Int(head[6]) << 21) | (Int(head[7]) << 14) | (Int(head[8]) << 7) | Int(head[9])
            start = 10 + size + (head[5] & 0x10 != 0 ? 10 : 0)
        }
        let window = bytes.read(at: start, length: 4096)
        // A frame header must sit where the data starts (after a tag, a little padding is allowed).
        for offset in 0..<min(window.count, start > 0 ? 1024 : 1) {
            if let frame = MPEGFrame(window, at: offset) {
                return .audio(format: "MP3", seconds: frame.seconds(window, at: offset, audioBytes: bytes.count - start - offset))
            }
        }
        return start > 0 ? .unrecognised(why: "an ID3 tag with no MP3 audio after it") : nil
    }

    private static func wav(_ bytes: MediaBytes) -> MediaContent {
        var offset = 12
        var byteRate = 0
        for _ in 0..<32 {
            let chunk = bytes.read(at: offset, length: 20)
            guard let name = chunk.fourCC(0) else { break }
            let size = chunk.u32le(4)
            if name == "fmt " { byteRate = chunk.u32le(16) }
            if name == "data" {
                return .audio(format: "WAV", seconds: byteRate > 0 ? Double(min(size, bytes.count - offset - 8)) / Double(byteRate) : nil)
            }
            offset += 8 + size + (size & 1)
        }
        return .audio(format: "WAV", seconds: nil)
    }
}

/// One MPEG-1/2/2.5 Layer III frame header.
struct MPEGFrame {
    let isMPEG1: Bool
    let mono: Bool
    let bitRate: Int
    let sampleRate: Int

    init?(_ bytes: [UInt8], at offset: Int) {
        guard offset + 4 <= bytes.count, bytes[offset] == 0xFF, bytes[offset + 1] & 0xE0 == 0xE0 else { return nil }
        let version = (bytes[offset + 1] >> 3) & 0x3 // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
        let layer = (bytes[offset + 1] >> 1) & 0x3 // 1: Layer III
        let rateIndex = Int(bytes[offset + 2] >> 4), sampleIndex = Int((bytes[offset + 2] >> 2) & 0x3)
        guard version != 1, layer == 1, rateIndex != 0, rateIndex != 15, sampleIndex != 3 else { return nil }
        isMPEG1 = version == 3
        let rates1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
        let rates2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
        bitRate = (isMPEG1 ? rates1 : rates2)[rateIndex] * 1000
        let base = [44100, 48000, 32000][sampleIndex]
        sampleRate = version == 3 ? base : (version == 2 ? base / 2 : base / 4)
        mono = bytes[offset + 3] >> 6 == 3
    }

    var samplesPerFrame: Int { isMPEG1 ? 1152 : 576 }

    /// From a Xing/Info header's frame count when the first frame has one (variable bit
    /// rate), else from the constant bit rate and the audio's size.
    func seconds(_ bytes: [UInt8], at offset: Int, audioBytes: Int) -> Double {
        let sideInfo = isMPEG1 ? (mono ? 17 : 32) : (mono ? 9 : 17)
        let tag = offset + 4 + sideInfo
        if bytes.starts(with: "Xing", at: tag) || bytes.starts(with: "Info", at: tag), bytes.u32be(tag + 4) & 1 == 1 {
            let frames = bytes.u32be(tag + 8)
            return Double(frames * samplesPerFrame) / Double(sampleRate)
        }
        return Double(audioBytes) * 8 / Double(bitRate)
    }
}
