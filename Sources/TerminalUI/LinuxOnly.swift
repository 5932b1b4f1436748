// The program is built and tested on Linux only (Debian 12): the terminal code uses Glibc's
// names, and CNcursesw includes Debian's <ncursesw/curses.h>. Elsewhere the build stops here
// with the reason rather than deep inside a C header or a missing field.
#if !os(Linux)
#error("status-composer builds on Linux only (Debian 12 tested): it uses Glibc and Debian's ncursesw paths")
#endif
