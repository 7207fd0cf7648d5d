/* room_json.c: the view as JSON members, escaped so no text a scenario holds can break the page. */
#include "room_json.h"

#include <string.h>

/* Length of the valid UTF-8 sequence at text, or 0 when the bytes there are not one. */
static int utf8_length(const unsigned char *text)
{
    int length = text[0] < 0x80                      ? 1
                 : text[0] >= 0xC2 && text[0] < 0xE0 ? 2
                 : text[0] >= 0xE0 && text[0] < 0xF0 ? 3
                 : text[0] >= 0xF0 && text[0] < 0xF5 ? 4
                                                     : 0;
    for (int i = 1; i < length; i++)
        if ((text[i] & 0xC0) != 0x80) return 0;
    if (length == 3 &&
        ((text[0] == 0xE0 && text[1] < 0xA0) || (text[0] == 0xED && text[1] >= 0xA0)))
        return 0;
    if (length == 4 &&
        ((text[0] == 0xF0 && text[1] < 0x90) || (text[0] == 0xF4 && text[1] >= 0x90)))
        return 0;
    return length;
}

void room_json_string(StrBuf *out, const char *text)
{
    if (!text) {
        strbuf_puts(out, "null");
        return;
    }
    strbuf_puts(out, "\"");
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        int length = utf8_length(p);
        if (*p == '"' || *p == '\\') strbuf_printf(out, "\\%c", *p);
        else if (*p == '\n') strbuf_puts(out, "\\n");
        else if (*p < 0x20 || *p == 0x7F || *p == '<') strbuf_printf(out, "\\u%04x", *p);
        else if (length == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
            strbuf_printf(out, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
        else if (length == 0) strbuf_puts(out, "\\ufffd");
        else strbuf_append(out, (const char *)p, (size_t)length);
        p += length ? length : 1;
    }
    strbuf_puts(out, "\"");
}

static void string_array(StrBuf *out, const char *const *texts, int count)
{
    strbuf_puts(out, "[");
    for (int i = 0; i < count; i++) {
        if (i) strbuf_puts(out, ",");
        room_json_string(out, texts[i] ? texts[i] : "");
    }
    strbuf_puts(out, "]");
}

static const char *phase_name(RoomPhase phase)
{
    static const char *const names[] = {"waiting", "voting", "closed", "discussion", "ended"};
    return phase <= ROOM_ENDED ? names[phase] : "waiting";
}

void room_json_view(StrBuf *out, const RoomView *view)
{
    int lines = view->line_count < 0                ? 0
                : view->line_count > ROOM_LINES_MAX ? ROOM_LINES_MAX
                                                    : view->line_count;
    int options = view->option_count < 0                  ? 0
                  : view->option_count > ROOM_OPTIONS_MAX ? ROOM_OPTIONS_MAX
                                                          : view->option_count;
    strbuf_printf(out, "\"phase\":\"%s\",\"decision\":%d,\"title\":", phase_name(view->phase),
                  view->decision);
    room_json_string(out, view->title);
    strbuf_puts(out, ",\"lines\":");
    string_array(out, view->lines, lines);
    strbuf_puts(out, ",\"options\":");
    string_array(out, view->options, options);
    strbuf_puts(out, ",\"prompt\":");
    room_json_string(out, view->prompt);
    strbuf_puts(out, ",\"reflection\":");
    room_json_string(out, view->reflection);
    strbuf_puts(out, ",\"try\":");
    room_json_string(out, view->try_this);
}

/* Every text room.js shows of its own, as it names them. */
static const char *const page_words[] = {
    "Room code", "Join", "That room code is not this room's.", "Waiting for the next decision.",
    "Your vote", "You can change it until the vote closes.", "The vote is closed.", "Discussion",
    "Something to reflect on", "One thing to try", "Reconnecting...", "Vote counted.",
    "Votes are anonymous: nobody sees who chose what.",
};

void room_json_labels(StrBuf *out, const RoomConfig *config)
{
    strbuf_puts(out, "\"lang\":");
    room_json_string(out, config->lang ? config->lang : "");
    strbuf_puts(out, ",\"labels\":{");
    for (size_t i = 0; i < sizeof page_words / sizeof *page_words; i++) {
        const char *translated =
            config->translate ? config->translate(config->catalog, page_words[i]) : NULL;
        if (i) strbuf_puts(out, ",");
        room_json_string(out, page_words[i]);
        strbuf_puts(out, ":");
        room_json_string(out, translated ? translated : page_words[i]);
    }
    strbuf_puts(out, "}");
}
