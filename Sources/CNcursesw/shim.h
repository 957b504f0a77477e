#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift cannot import these macros and globals (or rejects them under Swift 6 concurrency
   checking), so each gets a plain getter here. */
static inline const char *aftercare_codeset(void) { return nl_langinfo(CODESET); }
static inline void aftercare_free_curterm(void) { if (cur_term) { del_curterm(cur_term); cur_term = 0; } }

static inline WINDOW *aftercare_stdscr(void) { return stdscr; }
static inline WINDOW *aftercare_curscr(void) { return curscr; }
static inline int aftercare_lines(void) { return LINES; }
static inline int aftercare_cols(void) { return COLS; }
static inline int aftercare_colors(void) { return COLORS; }
static inline int aftercare_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *aftercare_stdout(void) { return stdout; }
static inline FILE *aftercare_stdin(void) { return stdin; }

static inline attr_t aftercare_a_normal(void) { return A_NORMAL; }
static inline attr_t aftercare_a_bold(void) { return A_BOLD; }
static inline attr_t aftercare_a_dim(void) { return A_DIM; }
static inline attr_t aftercare_a_underline(void) { return A_UNDERLINE; }
static inline attr_t aftercare_a_reverse(void) { return A_REVERSE; }

/* Not visible through Glibc from Swift. */
extern int wcwidth(wchar_t);
static inline int aftercare_wcwidth(wchar_t c) { return wcwidth(c); }

/* The terminal's size as the kernel knows it (0 when unknown). */
static inline int aftercare_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* ---- Signals -------------------------------------------------------------------------------
   SIGINT, SIGTERM, SIGHUP and SIGWINCH are caught by a handler that only writes the signal's
   number to a pipe (the self-pipe trick): the console's input loop polls that pipe next to stdin
   and turns each into a resize or an orderly shutdown on its own thread. Installed *before*
   newterm, so ncurses does not install its own SIGINT/SIGTERM handlers (which would endwin and
   exit behind the console's back, losing the draft). */
static inline int *aftercare_signal_fd_slot(void) { static int fd = -1; return &fd; }

static inline void aftercare_on_signal(int sig) {
    int saved = errno;
    unsigned char byte = (unsigned char)sig;
    int fd = *aftercare_signal_fd_slot();
    if (fd >= 0) { ssize_t ignored = write(fd, &byte, 1); (void)ignored; }
    errno = saved;
}

static inline int aftercare_catch_signal(int sig, int write_fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    *aftercare_signal_fd_slot() = write_fd;
    action.sa_handler = aftercare_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(sig, &action, 0);
}

static inline int aftercare_default_signal(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, 0);
}

/* ---- Last-resort restore on a crash ---------------------------------------------------------
   A Swift trap (SIGILL/SIGTRAP), SIGSEGV, SIGBUS, SIGFPE or SIGABRT cannot run the console's
   orderly shutdown. This handler does only async-signal-safe things: put back the terminal modes
   saved before ncurses started, write the strings that leave the alternate screen and show the
   cursor, then re-raise the signal with its default action. */
/* Storage lives in function-local statics: Swift's importer emits inline functions (and what
   they own) but not a header's file-scope aggregates. */
struct aftercare_crash_state {
    struct termios termios;
    int termios_valid;
    char reset[256];
    size_t reset_length;
};
static inline struct aftercare_crash_state *aftercare_crash_state(void) {
    static struct aftercare_crash_state state;
    return &state;
}

static inline void aftercare_on_crash(int sig) {
    struct aftercare_crash_state *state = aftercare_crash_state();
    if (state->termios_valid) tcsetattr(STDIN_FILENO, TCSAFLUSH, &state->termios);
    if (state->reset_length > 0) { ssize_t ignored = write(STDOUT_FILENO, state->reset, state->reset_length); (void)ignored; }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, 0);
    raise(sig);
}

/* Saves the current terminal modes and the reset strings; call before newterm. */
static inline void aftercare_arm_crash_restore(const char *reset, size_t length) {
    struct aftercare_crash_state *state = aftercare_crash_state();
    if (tcgetattr(STDIN_FILENO, &state->termios) == 0) state->termios_valid = 1;
    if (length >= sizeof state->reset) length = sizeof state->reset - 1;
    memcpy(state->reset, reset, length);
    state->reset_length = length;
    int fatal[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = aftercare_on_crash;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(fatal[i], &action, 0);
    }
}

static inline void aftercare_disarm_crash_restore(void) {
    int fatal[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) aftercare_default_signal(fatal[i]);
    aftercare_crash_state()->termios_valid = 0;
    aftercare_crash_state()->reset_length = 0;
}
