/* app.c: screens, the scenario being played, and what is saved when. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/progress.h"
#include "../core/resume.h"
#include "audience_hold.h"
#include "keys_overlay.h"
#include "workshop_phones.h"
#include "workshop_run.h"

enum { RESIZE_SETTLE_MS = 150 };   /* a drag that pauses this long has stopped */

static const Screen *const screens[SCREEN_COUNT] = {
    [SCREEN_TITLE] = &screen_title,       [SCREEN_LIST] = &screen_list,
    [SCREEN_NOTES] = &screen_notes,       [SCREEN_SCENE] = &screen_scene,
    [SCREEN_PAUSE] = &screen_pause,       [SCREEN_DEBRIEF] = &screen_debrief,
    [SCREEN_SETTINGS] = &screen_settings, [SCREEN_HELP] = &screen_help,
    [SCREEN_JOURNAL] = &screen_journal,   [SCREEN_HANDOVER] = &screen_handover,
    [SCREEN_REVEAL] = &screen_reveal,     [SCREEN_VOTE] = &screen_vote,
    [SCREEN_DISCUSS] = &screen_discuss,   [SCREEN_REWIND] = &screen_rewind,
    [SCREEN_ERROR] = &screen_error,       [SCREEN_WORKSHOP_START] = &screen_workshop_start,
};

/* Text at the scale and in the font the settings ask for now. */
static void refresh_text(App *app)
{
    char why[512];
    if (!gfx_refresh(&app->gfx, &app->prefs.settings, why,
                     sizeof why)) /* said on the title screen */
        snprintf(app->prefs.notice, sizeof app->prefs.notice, "Cannot load the font: %s", why);
}

bool app_init(App *app, Cli *cli, SDL_Window *window, SDL_Renderer *renderer, const char *pref_dir,
              char *why, size_t why_size)
{
    *app = (App){.cli = cli, .running = true, .dirty = true, .paused_from = SCREEN_SCENE,
                 .reload_event = SDL_RegisterEvents(1), .votes_event = SDL_RegisterEvents(1)};
    prefs_load(&app->prefs, pref_dir);
    char font_dir[PATH_SIZE];
    if (!path_join(font_dir, sizeof font_dir, cli->data_dir, "fonts")) {
        snprintf(why, why_size, "the data folder's name is too long: %.200s...", cli->data_dir);
        return false;
    }
    if (!gfx_init(&app->gfx, window, renderer, font_dir, &app->prefs.settings, why, why_size))
        return false;
    if (app->gfx.font_note[0])   /* said on the title screen, with anything prefs_load found */
        snprintf(app->prefs.notice + strlen(app->prefs.notice),
                 sizeof app->prefs.notice - strlen(app->prefs.notice), "%s%s",
                 app->prefs.notice[0] ? " " : "", app->gfx.font_note);
    if (app->prefs.settings.fullscreen)
        SDL_SetWindowFullscreen(window, SDL_WINDOW_FULLSCREEN_DESKTOP);
    app_goto(app, SCREEN_TITLE);
    return true;
}

void app_close_scenario(App *app)
{
    Play *play = &app->play;
    watch_stop(app->watch);
    app->watch = NULL;
    together_flow_free(play->together);
    if (!app->workshop) runtime_free(play->runtime);   /* a workshop's is the flow's */
    loader_close(&play->loaded);
    diag_list_free(&play->diags);
    *play = (Play){0};
    refresh_text(app); /* text made smaller to fit the scenario's screens is as set again */
    SDL_SetWindowTitle(app->gfx.window, "Heartlines");
}

void app_skip_scenario(App *app)
{
    if (app->workshop) {
        app_workshop_send(app, WEV_NEXT, 0);
        return;
    }
    prefs_forget_autosave(&app->prefs);
    app_close_scenario(app);
    app_goto(app, SCREEN_LIST);
}

void app_free(App *app)
{
    if (app->workshop)
        app_workshop_finish(app); /* however the window closes, the report is written */
    app_close_scenario(app);
    store_free(&app->replay);
    catalogue_free(&app->catalogue);
    for (int i = 0; i < 4; i++)
        if (app->controllers[i]) SDL_GameControllerClose(app->controllers[i]);
    speech_free(&app->speech);
    gfx_free(&app->gfx);
    prefs_free(&app->prefs);
}

static void change_screen(App *app, ScreenId screen, void (*arrive)(App *app))
{
    bool from_a_menu =
        app->screen == SCREEN_SETTINGS || app->screen == SCREEN_HELP || app->screen == SCREEN_PAUSE;
    if ((screen == SCREEN_SETTINGS || screen == SCREEN_HELP) && app->screen != SCREEN_SETTINGS &&
        app->screen != SCREEN_HELP)
        app->return_to = app->screen;
    if (screen == SCREEN_PAUSE && !from_a_menu) app->paused_from = app->screen;
    app->screen = screen;
    app->menu.focus = 0;
    app->dirty = true;
    app->speech_news = true;
    arrive(app);
}

void app_goto(App *app, ScreenId screen) { change_screen(app, screen, screens[screen]->enter); }

void app_resume(App *app, ScreenId screen)
{
    change_screen(app, screen,
                  screens[screen]->resume ? screens[screen]->resume : screens[screen]->enter);
}

void app_leave_menu(App *app)
{
    ScreenId to = app->return_to;
    app_goto(app, to == SCREEN_PAUSE || to == SCREEN_SCENE ? SCREEN_PAUSE : to);
}

void app_open_scenario(App *app, const char *path)
{
    app_close_scenario(app);
    Play *play = &app->play;
    snprintf(play->path, sizeof play->path, "%s", path);
    if (app->reload_event != (Uint32)-1) app->watch = watch_start(path, app->reload_event);
    if (!loader_open(path, &app->cli->loader, &play->diags, &play->loaded)) {
        app_goto(app, SCREEN_ERROR);
        return;
    }
    char title[512];
    snprintf(title, sizeof title, "Heartlines: %s", play->loaded.scenario->title);
    SDL_SetWindowTitle(app->gfx.window, title);
    app_goto(app, SCREEN_NOTES);
}

/* The scenario on the notes screen starts in the workshop flow, which holds its runtime. */
static void start_for_the_room(App *app)
{
    Play *play = &app->play;
    if (!workshop_flow_begin(app->workshop->flow, play->loaded.scenario, &play->loaded.hooks,
                             app->now)) {
        diag_add(&play->diags, DIAG_MEMORY, play->path, 0,
                 "cannot start the scenario in this workshop");
        app_goto(app, SCREEN_ERROR);
        return;
    }
    app_workshop_show(app);
}

/* Two players: the flow of their turns, the lead passing after each decision; picking at once
   stays on for the next play when it was on. False when out of memory. */
static bool start_together(App *app)
{
    Play *play = &app->play;
    bool at_once = play->together && together_flow_show(play->together)->at_once;
    together_flow_free(play->together);
    play->together = NULL;
    if (!app->together_mode) return true;
    TogetherMode mode = app_reveal_mode(app) ? TOGETHER_REVEAL : TOGETHER_SIDES;
    play->together = together_flow_new(play->runtime, mode, LEAD_TURNS);
    if (play->together && at_once)
        together_flow_send(play->together, (TogetherEvent){TEV_AT_ONCE, 0, 1});
    return play->together != NULL;
}

void app_start_play(App *app, const int *steps, int step_count)
{
    Play *play = &app->play;
    if (app->workshop) {
        start_for_the_room(app);
        return;
    }
    runtime_free(play->runtime);
    if (!play->seed)
        play->seed = app->fixed_seed ? app->fixed_seed : (uint64_t)SDL_GetPerformanceCounter() | 1;
    play->runtime = runtime_new(play->loaded.scenario, &play->loaded.hooks, play->seed, true);
    if (!play->runtime) {
        diag_add(&play->diags, DIAG_MEMORY, play->path, 0, "cannot start the scenario");
        app_goto(app, SCREEN_ERROR);
        return;
    }
    const Scenario *scenario = play->loaded.scenario;
    if (play->side && scenario->role_count == 2 && !app->together_mode)
        runtime_play_side(play->runtime, scenario->roles[play->side - 1]);
    for (int i = 0; i < step_count; i++)
        if (!runtime_replay(play->runtime, steps[2 * i], steps[2 * i + 1])) break;
    if (!start_together(app)) {
        diag_add(&play->diags, DIAG_MEMORY, play->path, 0, "cannot start the scenario");
        app_goto(app, SCREEN_ERROR);
        return;
    }
    app_goto(app, SCREEN_SCENE);
}

static int saved_decisions(const Store *store)
{
    const char *steps = store_get(store, "steps");
    int count = steps && *steps ? 1 : 0;
    for (const char *p = steps; p && *p; p++) count += *p == ',';
    return count;
}

void app_reload(App *app)
{
    Play *play = &app->play;
    if (!play->path[0] || app->workshop) return;   /* a workshop plays its files as they were */
    if (play->runtime)
        resume_save(&app->replay, play->path, play->loaded.scenario, play->seed,
                    runtime_record(play->runtime));
    bool was_playing = play->runtime || app->replay.count;
    uint64_t seed = play->seed;
    int side = play->side;
    char path[4096];
    snprintf(path, sizeof path, "%s", play->path);
    app->catalogue_ready = false;
    app_open_scenario(app, path);
    if (app->screen == SCREEN_ERROR || !was_playing) return;
    app->play.seed = seed;
    app->play.side = side;
    app_start_play(app, NULL, 0);
    if (!app->play.runtime) return;
    char why[512] = "";
    int wanted = saved_decisions(&app->replay),
        replayed = resume_replay(app->play.runtime, &app->replay, why, sizeof why);
    if (replayed < wanted)
        snprintf(app->play.notice, sizeof app->play.notice, "Reloaded: %s.", why);
    else
        snprintf(app->play.notice, sizeof app->play.notice, "Reloaded %s; replayed %d decision%s.",
                 path, replayed, replayed == 1 ? "" : "s");
    store_clear(&app->replay);
    app_goto(app, SCREEN_SCENE);   /* from where the story now is: its vote, hand-over or scene */
}

/* The notice says why on the title screen; standard error and the exit status tell whoever
   started the window, who may be a script or may have stepped away. */
static void report_failure(App *app)
{
    fprintf(stderr, "heartlines: %s\n", app->prefs.notice);
    app->report_failed = true;
}

void app_start_workshop(App *app, char **files, int count, const char *report_dir)
{
    char reports[PATH_SIZE];
    int bundled = 0;
    char **all = count ? NULL : cli_list_files(app->cli->scenarios_dir, ".lua", &bundled);
    bool fits = report_dir && *report_dir   /* prefs.dir + "reports" is made when it opens */
                    ? text_format(reports, sizeof reports, "%s", report_dir)
                    : path_join(reports, sizeof reports, app->prefs.dir, "reports");
    if (!fits) {
        cli_free_list(all, bundled);
        snprintf(app->prefs.notice, sizeof app->prefs.notice, "%s%.200s...",
                 app_tr(app, "The workshop report could not be written: "), reports);
        report_failure(app);
        app_goto(app, SCREEN_TITLE);
        return;
    }
    if (app->workshop)
        app_workshop_finish(app); /* one session at a time; the last one's report is kept */
    app_close_scenario(
        app); /* a game being played is the window's to free, before the flow lends its own */
    app->workshop = workshop_run_new(count ? files : all, count ? count : bundled,
                                     app->prefs.dir[0] || report_dir ? reports : "");
    cli_free_list(all, bundled);
    if (!app->workshop) {
        snprintf(app->prefs.notice, sizeof app->prefs.notice, "%s",
                 app_tr(app, "The workshop cannot start: out of memory."));
        app_goto(app, SCREEN_TITLE);
        return;
    }
    char date[32], why[4600];
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M", localtime(&now));
    if (!workshop_run_open_report(app->workshop, date, why, sizeof why)) {
        /* Before the session, not after: no room spends an hour on a report that is lost. */
        snprintf(app->prefs.notice, sizeof app->prefs.notice, "%s%s",
                 app_tr(app, "The workshop report could not be written: "), why);
        report_failure(app);
        workshop_run_free(app->workshop);
        app->workshop = NULL;
        app_goto(app, SCREEN_TITLE);
        return;
    }
    app->workshop->saved = app->prefs.settings;
    app->together_mode = false;
    Settings *s = &app->prefs.settings;   /* projector scale for the session; not saved */
    s->high_contrast = true;
    s->text_size = s->text_size < 150 ? 150 : s->text_size;
    refresh_text(app);
    app_workshop_show(app);
}

void app_workshop_show(App *app)
{
    WorkshopRun *ws = app->workshop;
    const WorkshopShow *show = workshop_flow_show(ws->flow, app->now);
    /* Lent to draw the story: in a workshop every move is an event, never runtime_choose. */
    app->play.runtime = (Runtime *)workshop_flow_runtime(ws->flow);
    if (show->stage == WORKSHOP_VOTE && app->screen != SCREEN_VOTE)
        ws->selected = 0, ws->typing = false;
    bool voting = show->stage == WORKSHOP_VOTE || show->stage == WORKSHOP_TIE;
    if (voting && !ws->vote_open)
        workshop_phones_open_vote(ws, app->play.loaded.scenario, runtime_view(app->play.runtime));
    ws->vote_open = voting;
    if (show->stage == WORKSHOP_DISCUSS)
        workshop_phones_discussion(ws, app->play.loaded.scenario, app->now);
    if (show->stage == WORKSHOP_STORY && app->play.runtime)
        workshop_phones_waiting(ws, app->play.loaded.scenario, runtime_view(app->play.runtime));
    switch (show->stage) {
    case WORKSHOP_OPEN: app_open_scenario(app, show->path); return;
    case WORKSHOP_OVER: app_workshop_finish(app); return;
    case WORKSHOP_DISCUSS: app_goto(app, SCREEN_DISCUSS); return;
    case WORKSHOP_VOTE:
    case WORKSHOP_TIE: app_goto(app, SCREEN_VOTE); return;
    case WORKSHOP_REWIND: app_goto(app, SCREEN_REWIND); return;
    default: app_goto(app, SCREEN_SCENE); return;   /* the story's lines, or its ending */
    }
}

void app_workshop_send(App *app, WorkshopEventKind kind, int option)
{
    if (workshop_flow_send(app->workshop->flow, (WorkshopEvent){kind, option, 0}, app->now))
        app_workshop_show(app);
}

void app_workshop_finish(App *app)
{
    WorkshopRun *ws = app->workshop;
    workshop_phones_stop(ws);   /* the phones keep what they show: the last ending's reflection */
    char date[32], written[9000];
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M", localtime(&now));
    snprintf(written, sizeof written, "%s", app_tr(app, "no folder to write it to"));
    bool ok = workshop_run_write_report(ws, date, written, sizeof written);
    snprintf(app->prefs.notice, sizeof app->prefs.notice, "%s%s",
             app_tr(app, ok ? "Workshop report: " : "The workshop report could not be written: "),
             written);
    if (!ok) report_failure(app);
    app->prefs.settings = ws->saved;
    app_close_scenario(app);   /* while the flow still holds the story's runtime */
    workshop_run_free(ws);
    app->workshop = NULL;
    refresh_text(app);
    app_goto(app, SCREEN_TITLE);
}

bool app_reveal_mode(const App *app)
{
    return app->together_mode && app->play.loaded.scenario &&
           app->play.loaded.scenario->role_count != 2;
}

void app_after_choice(App *app)
{
    Play *play = &app->play;
    const Record *record = runtime_record(play->runtime);
    Prefs *prefs = &app->prefs;
    if (runtime_view(play->runtime)->kind == VIEW_ENDING) {
        prefs_add_progress(prefs, play->loaded.scenario, record);
        prefs_forget_autosave(prefs);
        app->catalogue_ready = false;   /* the list shows endings reached */
        return;
    }
    resume_save(&prefs->stores[PREF_AUTOSAVE], play->path, play->loaded.scenario, play->seed,
                record);
    if (play->side) /* a game resumed goes on with the side the player took */
        store_set(&prefs->stores[PREF_AUTOSAVE], "side", play->side == 1 ? "1" : "2");
    if (!prefs_save(
            prefs, PREF_AUTOSAVE)) /* said in the scene too: the player should not find out later */
        snprintf(play->notice, sizeof play->notice, "%s",
                 app_tr(app, "Your place cannot be saved (the folder cannot be written, or the "
                             "disk is full); play goes on."));
}

void app_toggle_speech(App *app)
{
    app->prefs.settings.speech = !app->prefs.settings.speech;
    app_apply_settings(app);   /* speech follows at the next draw (app_speak_changes) */
}

void app_apply_settings(App *app)
{
    refresh_text(app);
    prefs_save_settings(&app->prefs);
    app->dirty = true;
}

void app_toggle_fullscreen(App *app)
{
    Settings *settings = &app->prefs.settings;
    settings->fullscreen = !settings->fullscreen;
    SDL_SetWindowFullscreen(app->gfx.window,
                            settings->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    if (!app->workshop) {
        app_apply_settings(app);
        return;
    }
    /* A workshop's projector scale is not the player's: of it, only the fullscreen choice is kept.
     */
    Settings projector = *settings;
    app->workshop->saved.fullscreen = settings->fullscreen;
    *settings = app->workshop->saved;
    prefs_save_settings(&app->prefs);
    *settings = projector;
    app->dirty = true;
}

void app_action(App *app, const Action *action)
{
    if (action->kind == ACTION_NONE) return;
    if (action->kind == ACTION_FULLSCREEN) {
        app_toggle_fullscreen(app);
        return;
    }
    if (action->kind == ACTION_HOT_RELOAD) {
        app_reload(app);
        return;
    }
    if (action->kind == ACTION_SPEECH) {
        app_toggle_speech(app);
        app->speech_news = true;   /* turned on: the screen as it is now, from the top */
        return;
    }
    if (action->kind == ACTION_HUSH) {
        speech_hush(&app->speech);
        return;
    }
    if (action->kind == ACTION_KEYS ||
        (app->keys_shown && (action->kind == ACTION_BACK || action->kind == ACTION_ACCEPT))) {
        app->keys_shown = !app->keys_shown;
        app->dirty = true;
        return;
    }
    if (app->keys_shown) return;      /* the overlay takes the keys while it is up */
    if (action->kind == ACTION_LEAVE && app->screen != SCREEN_DEBRIEF) { /* there, End scrolls */
        if (app->play.loaded.scenario) app_skip_scenario(app);
        return;
    }
    screens[app->screen]->action(app, action);
}

static void open_controller(App *app, int device)
{
    for (int i = 0; i < 4; i++)
        if (!app->controllers[i]) {
            app->controllers[i] = SDL_GameControllerOpen(device);
            return;
        }
}

void app_handle(App *app, const SDL_Event *event)
{
    if (event->type == app->reload_event) {
        app_reload(app);
        return;
    }
    if (event->type == app->votes_event) {   /* the vote screen reads the new tally */
        app->dirty = true;
        return;
    }
    switch (event->type) {
    case SDL_QUIT:
        if (app->workshop)
            app_workshop_finish(app); /* closing the window still writes the report */
        app->running = false;
        return;
    case SDL_CONTROLLERDEVICEADDED: open_controller(app, event->cdevice.which); return;
    case SDL_WINDOWEVENT:
        /* While a window is dragged to a new size, the text keeps its scale (every texture is
           reused); the new scale's text is made once the drag has paused. */
        if (event->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            event->window.event == SDL_WINDOWEVENT_EXPOSED) {
            if (gfx_take_size(&app->gfx, &app->prefs.settings))
                app->resizing = true, app->resize_settles_at = app->now + RESIZE_SETTLE_MS;
            app->dirty = true;
        }
        return;
    default: break;
    }
    Action action = input_action(event, app->gfx.window, app->gfx.renderer);
    if (app->scripted && (action.kind == ACTION_POINT || action.kind == ACTION_CLICK)) return;
    app_action(app, &action);
}

void app_draw(App *app)
{
    SDL_SetRenderDrawColor(app->gfx.renderer, 0, 0, 0, 255);
    SDL_RenderClear(app->gfx.renderer);
    if (app->audience && app_menu_up(app))   /* the menu is on the facilitator's window */
        audience_hold_draw(&app->gfx, app->play.runtime,
                           app->play.loaded.scenario ? app->play.loaded.scenario->title : NULL,
                           app_tr(app, "One moment."));
    else screens[app->screen]->draw(app);
    if (app->keys_shown && !app->audience)   /* else in the facilitator's window */
        keys_overlay_draw(&app->gfx, &app->cli->ui, app->play.runtime, app->workshop != NULL);
    SDL_RenderPresent(app->gfx.renderer);
    app->dirty = false;
}

bool app_menu_up(const App *app)
{
    return app->screen == SCREEN_PAUSE || app->screen == SCREEN_SETTINGS ||
           app->screen == SCREEN_HELP;
}

int app_wait_ms(const App *app)
{
    if (app->dirty) return 0;
    int wait = -1;
    if (app->screen == SCREEN_SCENE && !app->play.revealed) wait = 16;
    else if (app->screen == SCREEN_SCENE && !app_choices_ready(app))
        wait = (int)(app->play.choices_ready_at - app->now);   /* wakes once, for scripted keys */
    else if (app->screen == SCREEN_DISCUSS && app->workshop &&
             workshop_flow_show(app->workshop->flow, app->now)->counting)
        wait = 250;
    if (app->resizing) {
        int left = (int)(app->resize_settles_at - app->now);
        left = left > 0 ? left : 0;
        wait = wait < 0 || left < wait ? left : wait;
    }
    return wait;
}

bool app_choices_ready(const App *app)
{
    return app->play.revealed && (int)(app->now - app->play.choices_ready_at) >= 0;
}

void app_tick(App *app)
{
    if (app->resizing && (int)(app->now - app->resize_settles_at) >= 0) {
        app->resizing = false;
        refresh_text(app);
        app->dirty = true;
    }
    if (screens[app->screen]->tick) screens[app->screen]->tick(app);
}

const char *app_tr(const App *app, const char *english)
{
    return catalog_tr(&app->cli->ui, english);
}
