#include <sqlite3.h>

/* sqlite3_config is variadic, which Swift cannot call: one plain function per setting we use. */

/* SQLite keeps memory statistics by default, behind a process-wide mutex taken on every
   allocation; a bulk load's two writer threads then queue on it. We never read the statistics.
   Must run before SQLite initialises (returns SQLITE_MISUSE afterwards, which is harmless). */
static inline int aftercare_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
