#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros (KEY_F, getmaxyx) and, in Swift 6, rejects the
// mutable globals (stdscr, curscr, COLORS, stdin, stdout). These wrappers
// hand them over as plain functions.

static inline WINDOW *tui_stdscr(void) { return stdscr; }
static inline WINDOW *tui_curscr(void) { return curscr; }
static inline FILE *tui_stdin(void) { return stdin; }
static inline FILE *tui_stdout(void) { return stdout; }

static inline int tui_colors(void) { return COLORS; }

static inline int tui_rows(WINDOW *window) {
    int height, width;
    getmaxyx(window, height, width);
    (void)width;
    return height;
}

static inline int tui_columns(WINDOW *window) {
    int height, width;
    getmaxyx(window, height, width);
    (void)height;
    return width;
}

// From term.h, which is not included: it defines hundreds of lower-case macros.
extern int setupterm(const char *, int, int *);

/// Loads `term`'s terminfo entry without touching the screen (for `doctor`): 1 found, 0 no such
/// entry, -1 no terminfo database.
static inline int tui_find_terminfo(const char *term, int fd) {
    int error = 0;
    if (setupterm(term, fd, &error) == 0) return 1;
    return error == -1 ? -1 : 0;
}

static inline int tui_key_f(int n) { return KEY_F(n); }
static inline int tui_key_max(void) { return KEY_MAX; }

/// Whether `signum` is currently ignored (SIG_IGN cannot be compared from Swift).
static inline int tui_signal_is_ignored(int signum) {
    struct sigaction current;
    if (sigaction(signum, NULL, &current) != 0) return 0;
    return !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN;
}

/// A terminfo string capability, or NULL when it is absent or not a string
/// (tigetstr returns (char *)-1 for the latter).
static inline const char *tui_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/// A string capability expanded with two integer parameters (tiparm is variadic, which Swift
/// cannot call); parameters the capability does not use are ignored.
static inline const char *tui_tiparm2(const char *format, int first, int second) {
    return tiparm(format, first, second);
}

// From <term.h>, which is not included: its capability macros (lines, columns, ...) would
// shadow ordinary names.
extern int setupterm(const char *term, int filedes, int *errret);

/// Loads the terminfo entry of `term` without opening a screen (for tests of the sequences).
/// Returns 1 when the entry was found.
static inline int tui_load_terminfo(const char *term, int descriptor) {
    int error = 0;
    return setupterm(term, descriptor, &error) == OK && error == 1;
}

#endif
