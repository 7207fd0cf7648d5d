/* settings.h: the player's settings, with defaults, and their form in a store. */
#ifndef HEARTLINES_SETTINGS_H
#define HEARTLINES_SETTINGS_H

#include <stdbool.h>

#include "store.h"

typedef enum TextSpeed {
    SPEED_SLOW,
    SPEED_NORMAL,
    SPEED_FAST,
    SPEED_INSTANT,
    SPEED_COUNT
} TextSpeed;

typedef struct Settings {
    int text_size;               /* percent of the base size: 80 to 250 */
    bool dyslexic_font;          /* OpenDyslexic instead of Noto Sans */
    bool high_contrast;
    bool reduced_motion;         /* no typewriter, no fades */
    TextSpeed text_speed;
    bool coaching;               /* a coaching note after each choice */
    bool fullscreen;
    bool speech;                 /* self-voicing: lines, options and menus spoken aloud */
    int speech_rate;             /* the voice's rate: -100 (slowest) to 100, 0 the voice's own */
} Settings;

enum { TEXT_SIZE_MIN = 80, TEXT_SIZE_MAX = 250, TEXT_SIZE_STEP = 10 };
enum { SPEECH_RATE_MIN = -100, SPEECH_RATE_MAX = 100, SPEECH_RATE_STEP = 10 };

#define SETTINGS_HEADER "# heartlines settings 1"

Settings settings_defaults(void);
/* Reads known keys; a missing or invalid value keeps its default. */
Settings settings_from_store(const Store *store);
void settings_to_store(const Settings *settings, Store *store);
const char *settings_speed_name(TextSpeed speed);
/* Characters revealed per second by the typewriter; 0 means all at once. */
int settings_reveal_rate(const Settings *settings);

#endif
