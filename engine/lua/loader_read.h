/* loader_read.h: typed, raw reads of scenario tables into the model's arena, reporting what does
 * not fit. */
#ifndef HEARTLINES_LOADER_READ_H
#define HEARTLINES_LOADER_READ_H

#include <stdbool.h>

#include <lua.h>

#include "../core/model.h"

typedef struct Reader {
    lua_State *L;
    Scenario *scenario;
    DiagList *diags;
    StrBuf scratch;              /* read_copy_text's, reused for every text */
} Reader;

/* Each reads field key of the table at index t (raw access, no metamethods). line is where the
   table was written, for messages. A wrong type is reported (E201) and treated as absent. */
const char *read_string(Reader *r, int t, const char *key, int line);
const char *read_required_string(Reader *r, int t, const char *key, const char *what, int line);
bool read_integer(Reader *r, int t, const char *key, int line, int *out);
/* The whole number at stack index into out; otherwise false and a diagnostic ("<what> must be
   between -1000000 and 1000000, got 4294967346"), never a value cut to fit. */
bool read_whole_number(Reader *r, int index, const char *what, int line, int *out);
bool read_boolean(Reader *r, int t, const char *key, int line);
int read_function(Reader *r, int t, const char *key, int line);   /* NO_FUNCTION when absent */
/* A string or function value at the top of the stack, popped. what names it in messages. */
bool read_text_value(Reader *r, const char *what, int line, Text *out);

/* The hidden fields the API constructors add. */
const char *read_kind(lua_State *L, int t);
int read_line(lua_State *L, int t);

/* Reports string keys of table t that are neither allowed nor state names (when effects is set),
   and non-string keys beyond the list part when items is set. */
void read_check_fields(Reader *r, int t, const char *const *allowed, bool effects, bool items,
                       const char *what, int line);

/* The string keys of table t, sorted, so the model does not depend on hash order: at most max of
   them in keys. Returns how many there are (possibly more than max), so a caller can say so. */
int read_sorted_keys(lua_State *L, int t, const char **keys, int max);

/* Copies display text, cleaned of control codes, into the scenario's arena. */
const char *read_copy_text(Reader *r, const char *text, size_t length);

#endif
