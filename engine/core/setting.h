/* setting.h: the place and time a scene header shows, taken from a scenario's setting. */
#ifndef HEARTLINES_SETTING_H
#define HEARTLINES_SETTING_H

#include "strbuf.h"

/* Appends the setting's first sentence, and the next one too when the first names no day or time
   of day ("Your kitchen in Totterdown, Bristol. Quarter to seven on a Wednesday in October.").
   Appends nothing for a NULL or empty setting. */
void setting_place_and_time(const char *setting, StrBuf *out);

#endif
