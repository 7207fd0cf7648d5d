/* app_speech.c: self-voicing in the window, driven by the loop (sdl_main.c) beside app.c, which
   it uses and which never calls it. After each change the window shows, it says what is
   new: a screen's text when it arrives (a scene's lines and options, the debrief, a menu's title),
   else the focused item when the focus moves or its value changes. The words come from the core's
   speech_text; speech.h speaks them, or records them in tests. */
#include <stdio.h>
#include <string.h>

#include "../core/debrief_text.h"
#include "../core/speech_text.h"
#include "app.h"

void app_speech_init(App *app)
{
    app->speech_event = SDL_RegisterEvents(1);
    speech_init(&app->speech, speech_dispatcher_backend(), app->speech_event);
}

void app_speech_opened(App *app)
{
    if (!speech_opened(&app->speech)) return;
    char notice[1200];
    snprintf(notice, sizeof notice,
             catalog_tr(&app->cli->ui,
                        "Speech is on, but no speech service answered (%s); play goes on "
                        "silently. Is speech-dispatcher installed?"),
             app->speech.why);
    snprintf(app->prefs.notice, sizeof app->prefs.notice, "%s", notice);
    if (app->play.runtime) snprintf(app->play.notice, sizeof app->play.notice, "%s", notice);
    if (app->screen == SCREEN_SETTINGS) screen_settings.enter(app);   /* its value says so too */
    app->dirty = true;
}

static void add_menu(const Menu *menu, bool all, StrBuf *out)
{
    if (!all && (menu->focus < 0 || menu->focus >= menu->count)) return;   /* no focus shown */
    for (int i = all ? 0 : menu->focus; i < menu->count && (all || i == menu->focus); i++) {
        const MenuItem *item = &menu->items[i];
        speech_text_item(menu->numbered ? i + 1 : 0, item->label, item->value, item->detail, out);
    }
}

static void add(const App *app, const char *english, StrBuf *out)
{
    speech_text_item(0, catalog_tr(&app->cli->ui, english), NULL, NULL, out);
}

/* What a screen says when it arrives, before its focused item. */
static void add_arrival(App *app, StrBuf *out)
{
    const Play *play = &app->play;
    const Scenario *scenario = play->loaded.scenario;
    switch (app->screen) {
    case SCREEN_TITLE:
        add(app, "Heartlines", out);
        speech_text_item(0, app->prefs.notice, NULL, NULL, out);
        break;
    case SCREEN_LIST: add(app, "Choose a scenario", out); break;
    case SCREEN_SETTINGS: add(app, "Settings", out); break;
    case SCREEN_PAUSE: add(app, "Paused", out); break;
    case SCREEN_HELP: add(app, "Help and support", out); break;
    case SCREEN_ERROR: add(app, "This scenario has a problem", out); break;
    case SCREEN_NOTES:
        speech_text_item(0, scenario->title, NULL, scenario->blurb, out);
        for (int i = 0; i < scenario->note_count; i++)
            speech_text_item(0, scenario->notes[i], NULL, NULL, out);
        break;
    case SCREEN_SCENE:
        speech_text_item(0, play->notice, NULL, NULL, out);
        speech_text_lines(runtime_view(play->runtime), out);
        add_menu(&app->menu, true, out);   /* every option, as the eye sees them all */
        return;
    case SCREEN_DEBRIEF: {
        StrBuf text = {0};
        debrief_text(scenario, &play->debrief, &app->cli->ui, &text);
        speech_text_item(0, strbuf_text(&text), NULL, NULL, out);
        strbuf_free(&text);
        break;
    }
    default: break;
    }
    add_menu(&app->menu, false, out);
}

void app_speak_changes(App *app)
{
    const Settings *s = &app->prefs.settings;
    if (s->speech != app->speech.wanted) speech_enable(&app->speech, s->speech, s->speech_rate);
    StrBuf text = {0};
    if (app->speech_news && app->speech.wanted) add_arrival(app, &text);
    StrBuf focused = {0};
    add_menu(&app->menu, false, &focused);
    bool moved = strcmp(strbuf_text(&focused), app->speech_focused) != 0;
    if (!app->speech_news && moved) strbuf_puts(&text, strbuf_text(&focused));
    snprintf(app->speech_focused, sizeof app->speech_focused, "%s", strbuf_text(&focused));
    app->speech_news = false;
    speech_say(&app->speech, strbuf_text(&text));
    strbuf_free(&focused);
    strbuf_free(&text);
}
