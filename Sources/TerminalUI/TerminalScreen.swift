#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Foundation
import TerminalCells

/// The terminal in curses mode: the only place the app talks to ncurses.
///
/// curses sets the terminal up (terminfo, raw mode, the alternate screen) and decodes keys;
/// frames are written by `FrameWriter`, which keeps the terminal's attributes from one frame
/// to the next. Keys are read through a 1×1 pad: curses never refreshes a pad before reading,
/// so it never writes to the screen behind the writer's back.
///
/// Everything runs on the main actor because curses is not thread-safe and its `WINDOW*` and
/// `SCREEN*` are not Sendable. One screen can be open at a time. Call `close()` before the
/// process ends (a normal `exit()` restores the terminal too; a crash cannot).
///
/// Reading input is in `TerminalScreen+Input.swift`, drawing in `TerminalScreen+Drawing.swift`.
@MainActor
public final class TerminalScreen {
    /// Columns and rows of the terminal, updated when a `.resize` event is delivered.
    public internal(set) var size: (width: Int, height: Int)
    /// The colours the screen draws with: `ColorProfile.detect` on the environment (with the
    /// TERM actually used), capped by what the terminfo entry reports.
    public let colorProfile: ColorProfile
    /// The TERM curses runs with: the environment's, or `xterm-256color` when that has no
    /// terminfo entry (as with `xterm-kitty` over SSH to a server without kitty's terminfo).
    public let termName: String
    /// True when `termName` is the fallback rather than the environment's TERM.
    public let usedFallbackTerm: Bool
    /// How the terminal draws emoji clusters, as it answered the width probe at opening
    /// (`WidthProbe`); `.safe` when it did not answer. Lay out and render with it.
    public private(set) var widthProfile: WidthProfile = .safe

    /// When true, Ctrl-J (line feed) arrives as `.control("j")`; by default it is `.enter`.
    public var lineFeedIsControlJ: Bool {
        get { decoder.lineFeedIsControlJ }
        set { decoder.lineFeedIsControlJ = newValue }
    }

    /// Set once SIGTERM, SIGHUP or SIGINT arrived, or the terminal hung up, while the screen
    /// was open. The app's loop should then stop and call `close()`. `nextEvent` returns nil
    /// at once while this is set.
    public var terminationRequested: Bool { TerminationSignals.received != nil }

    /// The signal behind `terminationRequested` (SIGHUP for a lost terminal), or nil.
    public var terminationSignal: Int32? { TerminationSignals.received }

    // Internal state shared with the input and drawing extensions.
    var screen: OpaquePointer?
    let device: TerminalDevice
    let paste: BracketedPaste
    let resolver: StyleResolver
    var writer: FrameWriter
    let inputWindow: UnsafeMutablePointer<WINDOW>
    var decoder = InputDecoder()
    var pendingEvents: [TerminalEvent] = []
    var previousFrame: CellBuffer?
    var needsFullRepaint = false
    private let savedSignals: TerminationSignals.Saved

    /// Whether the screen is open (not yet closed).
    public var isOpen: Bool { screen != nil }

    /// How long a started paste may go quiet before what arrived is delivered anyway.
    static let pasteStallMilliseconds: Int32 = 1000
    static let fallbackTerm = "xterm-256color"

    /// Opens the terminal: UTF-8 locale, `newterm` on the TTY (with the `xterm-256color`
    /// fallback), raw mode (Ctrl-S, Ctrl-Q, Ctrl-C, Ctrl-Z arrive as keys), no echo, keypad,
    /// `nonl`, a 25 ms Esc delay (or `ESCDELAY` from the environment), colours when the
    /// terminal and profile have them, bracketed paste on, the alternate screen, and handlers
    /// for SIGTERM/SIGHUP/SIGINT that set `terminationRequested`. Then the width probe asks the
    /// terminal how it draws emoji (`widthProfile`), for 150 ms at most.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        TerminalLocale.adopt()
        let device = try TerminalDevice.open()
        guard ExitRestoration.claim(outputDescriptor: device.outputDescriptor) else {
            device.close()
            throw TerminalScreenError.alreadyOpen
        }
        // Before newterm: curses then leaves SIGINT/SIGTERM to us instead of exiting on them.
        let savedSignals = TerminationSignals.install()

        let requested = environment["TERM"] ?? ""
        var term = requested
        var opened: OpaquePointer? = requested.isEmpty ? nil : newterm(requested, device.output, device.input)
        if opened == nil {
            term = TerminalScreen.fallbackTerm
            opened = newterm(term, device.output, device.input)
        }
        func giveBack() {
            TerminationSignals.restore(savedSignals)
            ExitRestoration.release()
            device.close()
        }
        guard let opened else {
            giveBack()
            throw TerminalScreenError.cannotOpenTerminal(term: requested)
        }
        set_term(opened)
        // TERM=dumb and friends cannot place the cursor: a full-screen UI is impossible there.
        guard tui_tigetstr("cup") != nil else {
            endwin()
            delscreen(opened)
            giveBack()
            throw TerminalScreenError.cannotAddressCursor(term: term)
        }

        let window = tui_stdscr()
        guard let inputWindow = newpad(1, 1) else {
            endwin()
            delscreen(opened)
            giveBack()
            throw TerminalScreenError.cannotOpenTerminal(term: term)
        }
        raw()
        noecho()
        nonl()
        intrflush(inputWindow, false)
        keypad(inputWindow, true)
        scrollok(window, false)
        set_escdelay(TerminalScreen.escapeDelay(environment: environment))

        var detectionEnvironment = environment
        detectionEnvironment["TERM"] = term
        let terminfoColors = has_colors() ? Int(tigetnum("colors")) : 0
        let profile = ColorProfile.detect(environment: detectionEnvironment).capped(toTerminfoColors: terminfoColors)
        var palette = TerminalPalette.none
        var hasDefaultColors = true
        if profile != .monochrome && start_color() == OK {
            hasDefaultColors = use_default_colors() == OK
            palette = TerminalPalette(colors: Int(tui_colors()))
        }

        var paste = BracketedPaste.fromTerminfo()
        paste.bindMarkers()

        self.screen = opened
        self.device = device
        self.savedSignals = savedSignals
        self.termName = term
        self.usedFallbackTerm = term != requested
        self.colorProfile = palette == .none ? .monochrome : profile
        self.resolver = StyleResolver(profile: colorProfile, palette: palette, hasDefaultColors: hasDefaultColors)
        self.writer = FrameWriter(sequences: .current())
        self.inputWindow = inputWindow
        self.paste = paste
        self.size = (Int(tui_columns(window)), Int(tui_rows(window)))

        werase(window)
        wnoutrefresh(window)
        doupdate()
        // Written directly: putp would go through stdio's stdout buffer, not the TTY stream
        // curses flushes, and arrive only at exit. curses' own output is flushed by doupdate.
        device.send(paste.enable)
        widthProfile = probeWidths()
    }

    /// Forces the next `draw` to repaint every cell (for instance after something else wrote
    /// to the terminal). Resizes and `suspend` do this by themselves.
    public func invalidate() {
        needsFullRepaint = true
    }

    /// Leaves curses mode (bracketed paste off, cursor shown, the normal screen back), runs
    /// `body` — typically `ExternalEditor.edit` on the same terminal — and comes back:
    /// program mode restored, paste on again, the last frame repainted in full. A size change
    /// meanwhile arrives afterwards as a `.resize` event.
    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        guard isOpen else { return try body() }
        device.send(writer.restoreTerminal())
        device.send(paste.disable)
        def_prog_mode()
        endwin()
        defer { resume() }
        return try body()
    }

    private func resume() {
        reset_prog_mode()
        clearok(tui_curscr(), true)
        wnoutrefresh(tui_stdscr())
        doupdate()
        device.send(paste.enable)
        if let frame = previousFrame {
            needsFullRepaint = true
            draw(frame)
        }
    }

    /// Gives the terminal back as it was: bracketed paste off, cursor visible, curses mode
    /// ended (leaving the alternate screen), the screen freed, signal handlers restored.
    /// Safe to call more than once.
    public func close() {
        guard let opened = screen else { return }
        device.send(writer.restoreTerminal())
        device.send(paste.disable)
        delwin(inputWindow)
        endwin()
        delscreen(opened)
        screen = nil
        device.close()
        TerminationSignals.restore(savedSignals)
        ExitRestoration.release()
    }

    /// `ESCDELAY` from the environment when it is a sane number of milliseconds, else 25:
    /// long enough for an arrow key's bytes to arrive together, short enough for Esc to
    /// feel instant.
    nonisolated static func escapeDelay(environment: [String: String]) -> Int32 {
        if let text = environment["ESCDELAY"], let value = Int32(text), (0...2000).contains(value) {
            return value
        }
        return 25
    }
}
