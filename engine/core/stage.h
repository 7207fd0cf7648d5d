/* stage.h: a line's *stage directions*. Between a pair of asterisks a scenario writes what someone
   does ("*You put the kettle on.*"); the rest is spoken. Every front end reads a line's runs here
   and shows actions its own way (italic in the window, plain prose in the terminal and reports),
   so none of them shows the asterisks or quotes an action as speech. */
#ifndef HEARTLINES_STAGE_H
#define HEARTLINES_STAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

/* One run of a line: spoken words or an action, trimmed of spaces, pointing into the line. */
typedef struct StageRun {
    const char *text;
    size_t length;
    bool action;
} StageRun;

typedef struct StageReader {
    const char *at;
    bool in_action;
} StageReader;

/* A reader over text (NULL reads as ""). */
StageReader stage_reader(const char *text);
/* The next run that is not empty; false at the end. A '*' opens an action only when a later '*'
   closes it: a lone star is kept as written. */
bool stage_next(StageReader *reader, StageRun *run);
/* Whether text holds an action. */
bool stage_has_action(const char *text);
/* Appends text's runs in order, joined by spaces and without their marks: narration, a title. */
void stage_strip(const char *text, StrBuf *out);
/* Appends text as plain prose: a line with no action exactly as written; otherwise each action
   bare and each spoken run in one pair of double quotes (its own double quotes made single), in
   order: You put the tea towel down. "Hang on. Not yet." */
void stage_plain(const char *text, StrBuf *out);
/* Appends text as stage_plain does, but quotes spoken runs even in a line with no action: for a
   line quoted inside a sentence ("Another time, you might try: ..."). */
void stage_quote(const char *text, StrBuf *out);
/* Appends the actions (joined by spaces) to action and the spoken runs (joined, without their
   enclosing quotes, their own double quotes made single) to speech. */
void stage_split(const char *text, StrBuf *action, StrBuf *speech);

#endif
