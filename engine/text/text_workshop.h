/* text_workshop.h: a facilitated session in the terminal: a playlist, the room's votes at each
   decision, discussion pauses, and an anonymous report kept on disk after every decision. */
#ifndef HEARTLINES_TEXT_WORKSHOP_H
#define HEARTLINES_TEXT_WORKSHOP_H

#include <stdint.h>

#include "text_phones.h"
#include "text_play.h"

typedef struct WorkshopOptions {
    TextOptions text;            /* in, out, ui */
    char **files;                /* the playlist */
    int file_count;
    const char *report_dir;      /* where the report goes; "" for none */
    uint32_t (*now_ms)(void);    /* the clock for discussion times (tests pass a fake one) */
    const char *date;            /* as the report prints it */
    const char *group; /* --group: who the session is for, as the report names them; or NULL */
    const TextPhonesConfig
        *phones; /* --phones: the room votes on phones; NULL for counts typed in */
} WorkshopOptions;

int text_workshop(const LoaderOptions *loader, const WorkshopOptions *options);

#endif
