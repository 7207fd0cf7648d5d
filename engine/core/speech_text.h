/* speech_text.h: what self-voicing says, as plain text a speech service reads aloud. Stage
   directions (*like this*) are said as actions, without their stars; list marks and line breaks
   become pauses. The window decides when to speak; this decides the words. */
#ifndef HEARTLINES_SPEECH_TEXT_H
#define HEARTLINES_SPEECH_TEXT_H

#include "runtime.h"
#include "strbuf.h"

/* Appends text as it should be heard: stars gone, an action set apart from the words after it
   by a sentence break, "- " list marks dropped, each line break a pause (a full stop when the
   line ends without one). */
void speech_text_clean(const char *text, StrBuf *out);
/* Appends one line of a scene: "Sam: Are you coming?", or narration as it is. */
void speech_text_line(const ViewLine *line, StrBuf *out);
/* Appends every line of the view, each its own sentence. */
void speech_text_lines(const View *view, StrBuf *out);
/* Appends a menu item: its number when the menu has them ("2: "), its label, then its value
   ("Text size: 120%") and its detail, each its own sentence. */
void speech_text_item(int number, const char *label, const char *value, const char *detail,
                      StrBuf *out);

#endif
