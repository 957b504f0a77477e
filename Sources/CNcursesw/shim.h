#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift cannot import these macros and globals (or rejects them under Swift 6 concurrency
   checking), so each gets a plain getter here. */
static inline const char *aftercare_codeset(void) { return nl_langinfo(CODESET); }
static inline void aftercare_free_curterm(void) { if (cur_term) { del_curterm(cur_term); cur_term = 0; } }
