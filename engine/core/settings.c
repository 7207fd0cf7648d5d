/* settings.c: defaults, and reading and writing settings as "key = value". */
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const speed_names[SPEED_COUNT] = {"slow", "normal", "fast", "instant"};

Settings settings_defaults(void)
{
    return (Settings){.text_size = 100, .text_speed = SPEED_NORMAL, .coaching = true};
}

/* A whole number in [min, max], else *out is left alone. */
static void read_int(const Store *store, const char *key, int min, int max, int *out)
{
    const char *text = store_get(store, key);
    if (!text || !*text) return;
    char *end;
    long value = strtol(text, &end, 10);
    if (!*end && value >= min && value <= max) *out = (int)value;
}

static void read_bool(const Store *store, const char *key, bool *out)
{
    const char *value = store_get(store, key);
    if (value && strcmp(value, "yes") == 0) *out = true;
    if (value && strcmp(value, "no") == 0) *out = false;
}

Settings settings_from_store(const Store *store)
{
    Settings s = settings_defaults();
    read_int(store, "text_size", TEXT_SIZE_MIN, TEXT_SIZE_MAX, &s.text_size);
    read_int(store, "speech_rate", SPEECH_RATE_MIN, SPEECH_RATE_MAX, &s.speech_rate);
    const char *speed = store_get(store, "text_speed");
    for (int i = 0; speed && i < SPEED_COUNT; i++)
        if (strcmp(speed, speed_names[i]) == 0) s.text_speed = (TextSpeed)i;
    read_bool(store, "dyslexic_font", &s.dyslexic_font);
    read_bool(store, "high_contrast", &s.high_contrast);
    read_bool(store, "reduced_motion", &s.reduced_motion);
    read_bool(store, "coaching", &s.coaching);
    read_bool(store, "fullscreen", &s.fullscreen);
    read_bool(store, "speech", &s.speech);
    return s;
}

void settings_to_store(const Settings *s, Store *store)
{
    char number[16];
    snprintf(number, sizeof number, "%d", s->text_size);
    store_set(store, "text_size", number);
    store_set(store, "text_speed", speed_names[s->text_speed]);
    store_set(store, "dyslexic_font", s->dyslexic_font ? "yes" : "no");
    store_set(store, "high_contrast", s->high_contrast ? "yes" : "no");
    store_set(store, "reduced_motion", s->reduced_motion ? "yes" : "no");
    store_set(store, "coaching", s->coaching ? "yes" : "no");
    store_set(store, "fullscreen", s->fullscreen ? "yes" : "no");
    store_set(store, "speech", s->speech ? "yes" : "no");
    snprintf(number, sizeof number, "%d", s->speech_rate);
    store_set(store, "speech_rate", number);
}

const char *settings_speed_name(TextSpeed speed) { return speed_names[speed]; }

int settings_reveal_rate(const Settings *s)
{
    static const int rates[SPEED_COUNT] = {30, 60, 120, 0};
    return s->reduced_motion ? 0 : rates[s->text_speed];
}
