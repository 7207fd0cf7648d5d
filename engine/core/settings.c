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

static void read_bool(const Store *store, const char *key, bool *out)
{
    const char *value = store_get(store, key);
    if (value && strcmp(value, "yes") == 0) *out = true;
    if (value && strcmp(value, "no") == 0) *out = false;
}

Settings settings_from_store(const Store *store)
{
    Settings s = settings_defaults();
    const char *size = store_get(store, "text_size");
    if (size) {
        char *end;
        long value = strtol(size, &end, 10);
        if (!*end && value >= TEXT_SIZE_MIN && value <= TEXT_SIZE_MAX) s.text_size = (int)value;
    }
    const char *speed = store_get(store, "text_speed");
    for (int i = 0; speed && i < SPEED_COUNT; i++)
        if (strcmp(speed, speed_names[i]) == 0) s.text_speed = (TextSpeed)i;
    read_bool(store, "dyslexic_font", &s.dyslexic_font);
    read_bool(store, "high_contrast", &s.high_contrast);
    read_bool(store, "reduced_motion", &s.reduced_motion);
    read_bool(store, "coaching", &s.coaching);
    read_bool(store, "fullscreen", &s.fullscreen);
    return s;
}

void settings_to_store(const Settings *s, Store *store)
{
    char size[16];
    snprintf(size, sizeof size, "%d", s->text_size);
    store_set(store, "text_size", size);
    store_set(store, "text_speed", speed_names[s->text_speed]);
    store_set(store, "dyslexic_font", s->dyslexic_font ? "yes" : "no");
    store_set(store, "high_contrast", s->high_contrast ? "yes" : "no");
    store_set(store, "reduced_motion", s->reduced_motion ? "yes" : "no");
    store_set(store, "coaching", s->coaching ? "yes" : "no");
    store_set(store, "fullscreen", s->fullscreen ? "yes" : "no");
}

const char *settings_speed_name(TextSpeed speed) { return speed_names[speed]; }

int settings_reveal_rate(const Settings *s)
{
    static const int rates[SPEED_COUNT] = {30, 60, 120, 0};
    return s->reduced_motion ? 0 : rates[s->text_speed];
}
