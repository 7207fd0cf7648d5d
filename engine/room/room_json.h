/* room_json.h: what the phone page reads, as JSON: the scene, options and phase the host shows. */
#ifndef HEARTLINES_ROOM_JSON_H
#define HEARTLINES_ROOM_JSON_H

#include "../core/strbuf.h"
#include "room.h"

/* text as a JSON string, quotes included: control characters, U+2028 and U+2029 escaped (so the
   text is also safe inside a script), invalid UTF-8 bytes replaced by U+FFFD. NULL gives null. */
void room_json_string(StrBuf *out, const char *text);
/* The members of view every phone sees alike, without braces: "phase":...,"options":[...]... */
void room_json_view(StrBuf *out, const RoomView *view);
/* "lang":...,"labels":{english: translated, ...} for the page's own words. */
void room_json_labels(StrBuf *out, const RoomConfig *config);

#endif
