import TerminalCells
import XCTest

@testable import TerminalUI

final class StyleResolverTests: XCTestCase {
    private let green = Color.rgb(0x25, 0xD3, 0x66)

    private func resolver(_ profile: ColorProfile, _ palette: TerminalPalette, defaults: Bool = true) -> StyleResolver {
        StyleResolver(profile: profile, palette: palette, hasDefaultColors: defaults)
    }

    func testMonochromeDropsColoursButKeepsAttributes() {
        let style = Style(fg: green, bg: .indexed(4), bold: true, dim: true, underline: true, reverse: true)
        let resolved = resolver(.monochrome, .indexed(count: 256)).resolve(style)
        XCTAssertEqual(resolved, CursesStyle(foreground: -1, background: -1, bold: true, dim: true, underline: true, reverse: true))
        XCTAssertFalse(resolver(.monochrome, .indexed(count: 256)).drawsColor)
    }

    func testNoPaletteDrawsNoColour() {
        let resolved = resolver(.ansi256, .none).resolve(Style(fg: .indexed(3), underline: true))
        XCTAssertEqual(resolved, CursesStyle(underline: true))
    }

    func testDefaultColoursStayDefault() {
        XCTAssertEqual(resolver(.ansi256, .indexed(count: 256)).resolve(.plain), CursesStyle())
    }

    func testWithoutDefaultColoursTheyBecomeWhiteOnBlack() {
        XCTAssertEqual(resolver(.ansi16, .indexed(count: 8), defaults: false).resolve(.plain), CursesStyle(foreground: 7, background: 0))
    }

    func testAnsi256UsesNearestIndex() {
        let resolved = resolver(.ansi256, .indexed(count: 256)).resolve(Style(fg: green, bg: .indexed(200)))
        XCTAssertEqual(resolved.foreground, Int32(XtermPalette.nearest256(r: 0x25, g: 0xD3, b: 0x66)))
        XCTAssertEqual(resolved.foreground, 41)
        XCTAssertEqual(resolved.background, 200)
    }

    func testTrueColorOnAPaletteTerminalGoesThroughNearest256() {
        let resolved = resolver(.trueColor, .indexed(count: 256)).resolve(Style(bg: green))
        XCTAssertEqual(resolved.background, 41)
    }

    func testTrueColorOnADirectColourTerminalKeepsRGB() {
        let direct = resolver(.trueColor, .direct)
        XCTAssertEqual(direct.resolve(Style(fg: green)).foreground, 0x25D366)
        XCTAssertEqual(direct.resolve(Style(fg: .rgb(0, 0, 3))).foreground, 8, "near-black must not select an ANSI colour")
        XCTAssertEqual(direct.resolve(Style(fg: .indexed(4))).foreground, 4)
        XCTAssertEqual(direct.resolve(Style(fg: .indexed(196))).foreground, 0xFF0000)
    }

    func testAnsi16OnSixteenColours() {
        let resolved = resolver(.ansi16, .indexed(count: 16)).resolve(Style(fg: .indexed(9), bg: .indexed(196)))
        XCTAssertEqual(resolved, CursesStyle(foreground: 9, background: 9))
    }

    func testAnsi16OnEightColoursFoldsBrightIntoBold() {
        let eight = resolver(.ansi16, .indexed(count: 8))
        XCTAssertEqual(eight.resolve(Style(fg: .indexed(9))), CursesStyle(foreground: 1, background: -1, bold: true))
        XCTAssertEqual(eight.resolve(Style(bg: .indexed(12))), CursesStyle(foreground: -1, background: 4))
        XCTAssertEqual(eight.resolve(Style(fg: .indexed(2))), CursesStyle(foreground: 2, background: -1))
        // #FF5733 is nearest to bright red (9) → red in bold.
        XCTAssertEqual(eight.resolve(Style(fg: .rgb(0xFF, 0x57, 0x33))), CursesStyle(foreground: 1, background: -1, bold: true))
    }

    func testIndexBeyondASmallPaletteFallsBackToAnsi() {
        let resolved = resolver(.ansi256, .indexed(count: 88)).resolve(Style(fg: .indexed(196)))
        XCTAssertEqual(resolved.foreground, 9)
    }

    func testPaletteFromTerminfoColours() {
        XCTAssertEqual(TerminalPalette(colors: -1), .none)
        XCTAssertEqual(TerminalPalette(colors: 0), .none)
        XCTAssertEqual(TerminalPalette(colors: 8), .indexed(count: 8))
        XCTAssertEqual(TerminalPalette(colors: 256), .indexed(count: 256))
        XCTAssertEqual(TerminalPalette(colors: 0x1000000), .direct)
    }

    func testProfileIsCappedByTerminfo() {
        XCTAssertEqual(ColorProfile.trueColor.capped(toTerminfoColors: 256), .trueColor)
        XCTAssertEqual(ColorProfile.trueColor.capped(toTerminfoColors: 0x1000000), .trueColor)
        XCTAssertEqual(ColorProfile.ansi256.capped(toTerminfoColors: 8), .ansi16)
        XCTAssertEqual(ColorProfile.trueColor.capped(toTerminfoColors: 88), .ansi16)
        XCTAssertEqual(ColorProfile.ansi16.capped(toTerminfoColors: 256), .ansi16)
        XCTAssertEqual(ColorProfile.ansi256.capped(toTerminfoColors: 0), .monochrome)
        XCTAssertEqual(ColorProfile.ansi256.capped(toTerminfoColors: -1), .monochrome)
        XCTAssertEqual(ColorProfile.monochrome.capped(toTerminfoColors: 256), .monochrome)
    }
}
