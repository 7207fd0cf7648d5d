/* app.h: the window front end's state and the screens that share it. Nothing here holds story
   logic: the scene reads the core's view and calls runtime_choose. */
#ifndef HEARTLINES_APP_H
#define HEARTLINES_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "../host/cli.h"
#include "../core/debrief.h"
#include "../core/runtime.h"
#include "../core/together_flow.h"
#include "../core/workshop.h"
#include "catalogue.h"
#include "draw.h"
#include "gfx.h"
#include "menu.h"
#include "prefs.h"
#include "speech.h"
#include "watch.h"
#include "workshop_run.h"

typedef enum ScreenId {
    SCREEN_TITLE,
    SCREEN_LIST,
    SCREEN_NOTES,                /* content notes before a scenario */
    SCREEN_SCENE,
    SCREEN_PAUSE,
    SCREEN_DEBRIEF,
    SCREEN_SETTINGS,
    SCREEN_HELP,
    SCREEN_JOURNAL,              /* each skill the player has used, with the line they used it in */
    SCREEN_HANDOVER,             /* together: "player 2, your turn; player 1, look away" */
    SCREEN_REVEAL,               /* together: both private picks, side by side */
    SCREEN_VOTE,                 /* workshop: the room's counts for each lettered option */
    SCREEN_DISCUSS,              /* workshop: a discussion prompt and its countdown */
    SCREEN_REWIND,               /* workshop: back to an earlier decision */
    SCREEN_ERROR,
    SCREEN_WORKSHOP_START,       /* workshop from the title: the phones switch, then start */
    SCREEN_COUNT
} ScreenId;

/* The scenario being played. */
typedef struct Play {
    char path[4096];
    LoadedScenario loaded;
    Runtime *runtime;
    uint64_t seed;
    DiagList diags;              /* why it failed, for the error screen */
    Debrief debrief;
    Uint32 reveal_start;         /* when the current scene began to appear */
    bool revealed;               /* all its text is shown and its choices are on screen */
    Uint32 choices_ready_at;     /* they can be taken from then (see CHOICES_SETTLE_MS) */
    int scroll;                  /* debrief scroll, in pixels */
    int scroll_max;
    char notice[5000];           /* e.g. where a resumed or reloaded game picked up */
    SDL_Rect lines_area;         /* where the scene's lines may go, under its header */
    SDL_Rect answered;           /* where it drew the line being answered and what follows */
    int text_bottom;             /* the y below the notes' or the scene's text, over the buttons */
    TogetherFlow *together;      /* two players' flow (App.together_mode), or NULL */
    int side;                    /* alone in a two-role scenario: 1 or 2 plays that role (the
                                    game makes the other's moves), 0 both in turn */
    bool shared_coaching;        /* together: both agreed to see the coaching notes */
} Play;

typedef struct App {
    Cli *cli;
    Gfx gfx;
    Prefs prefs;
    Catalogue catalogue;
    bool catalogue_ready;
    ScreenId screen, return_to;  /* return_to: where settings and help go back to */
    ScreenId paused_from;        /* where the pause menu's Resume goes back to */
    Menu menu;
    Play play;
    bool running, dirty;
    bool keys_shown;             /* the F1 overlay listing every key is up */
    bool scripted;               /* --keys: only the scripted keys move things, not the pointer */
    bool together_mode;          /* chosen from the title: the next scenario is for two players */
    uint64_t fixed_seed; /* --seed: every scenario's choices in this order (0: new each time) */
    WorkshopRun *workshop;       /* a facilitated session, or NULL */
    bool report_failed;          /* a workshop report could not be written: the window exits 1 */
    bool phones_chosen;          /* the workshop start screen's switch: the room votes on phones */
    bool audience; /* presenter view: this is the projector's window; keys, coaching notes and
                      what lies ahead show only in the facilitator's (presenter.h) */
    Uint32 now;                  /* milliseconds, from the loop (tests set it) */
    bool resizing;               /* a drag to a new size is under way: text keeps its old scale */
    Uint32 resize_settles_at;    /* when to make text at the new scale, if no more resizes come */
    Uint32 reload_event;         /* pushed by the watch when the scenario file is saved */
    Uint32 votes_event;          /* pushed by a workshop's room when phones vote */
    Watch *watch;
    Store replay;                /* the decisions to take again after a reload (see resume.h) */
    SDL_GameController *controllers[4];
    Speech speech;               /* self-voicing (see app_speech.c) */
    Uint32 speech_event;         /* pushed when speech has opened, or failed to */
    bool speech_news;            /* a screen arrived: say it whole at the next draw */
    char speech_focused[2400];   /* what the focused item said last, to hear it move */
} App;

typedef struct Screen {
    void (*enter)(App *app);
    void (*action)(App *app, const Action *action);
    void (*draw)(App *app);
    void (*tick)(App *app);      /* time passed with no input (only while animating); may be NULL */
    void (*resume)(App *app);    /* back from the pause menu, as it was; NULL: entered again */
} Screen;

extern const Screen screen_title, screen_list, screen_notes, screen_scene, screen_pause,
    screen_debrief, screen_settings, screen_help, screen_journal, screen_handover, screen_reveal,
    screen_vote, screen_discuss, screen_rewind, screen_error, screen_workshop_start;
/* The error screen's advice for these diagnostics; *traceback says whether Lua tracebacks help. */
const char *screen_error_advice(const DiagList *diags, bool *traceback);

bool app_init(App *app, Cli *cli, SDL_Window *window, SDL_Renderer *renderer, const char *pref_dir,
              char *why, size_t why_size);
void app_free(App *app);
void app_handle(App *app, const SDL_Event *event);
void app_action(App *app, const Action *action);
void app_draw(App *app);
/* The pause menu, settings or help are open (in the presenter view, on the facilitator's window
   while the projector holds). */
bool app_menu_up(const App *app);
/* Milliseconds until something animates again, or -1 when nothing does (wait for input). */
int app_wait_ms(const App *app);
/* Choices on screen are not taken in their first moments, so a key pressed to hurry the text
   (or twice by habit) cannot choose a line nobody has read. */
enum { CHOICES_SETTLE_MS = 400 };
bool app_choices_ready(const App *app);
void app_tick(App *app);
/* Every change of screen goes through these two: app_goto enters a screen afresh; app_resume
   goes back to one the pause menu was opened over, as it was. */
void app_goto(App *app, ScreenId screen);
void app_resume(App *app, ScreenId screen);
/* Leaves the scenario being played at once: the next in a workshop, else the scenario list. */
void app_skip_scenario(App *app);

/* Starts a facilitated session over files, or every bundled scenario when count is 0, at
   projector scale (high contrast, large text); reports go to report_dir, or to reports/ in the
   player's folder when it is NULL or empty. */
void app_start_workshop(App *app, char **files, int count, const char *report_dir);
/* Shows what the workshop flow asks for now: the next scenario's notes, a discussion, the vote,
   the story, the rewind menu, or (the session over) the title with the report's path. */
void app_workshop_show(App *app);
/* Sends the flow what the facilitator did, then shows where it leads (nothing when it does not
   fit: a locked option picked, say). */
void app_workshop_send(App *app, WorkshopEventKind kind, int option);
/* Writes the report, restores the settings, and returns to the title with the report's path. */
void app_workshop_finish(App *app);

/* Loads a scenario and shows its content notes (or the error screen). */
void app_open_scenario(App *app, const char *path);
/* Starts the loaded scenario from the beginning, replaying the first steps decisions of steps
   (node, choice pairs) when given: "try it another way" and resume both use it. */
void app_start_play(App *app, const int *steps, int step_count);
void app_close_scenario(App *app);
/* Hot reload: loads the scenario file again and replays the decisions made so far, as far as
   they still fit, saying where it stopped. A broken file shows the error screen and keeps the
   decisions for the next reload. */
void app_reload(App *app);
/* After each decision: autosave, or at an ending, record progress and drop the autosave. */
void app_after_choice(App *app);
/* Two players, picking in private then revealing (any scenario without two roles). */
bool app_reveal_mode(const App *app);
/* together_at_once.c: both players picking now, at the same time, each on their own keys or
   gamepad: the scene's choices show each option's two keys and no focus, which would give a pick
   away. The picks are taken by together_pick_at_once (true when the action was a pick). */
bool app_picks_at_once(const App *app);
void together_at_once_menu(App *app);
bool together_pick_at_once(App *app, const Action *action);
/* Who has picked, and each player's keys: for under the choices. */
void together_at_once_status(const App *app, char *out, size_t size);
/* Settings and help go back where they were opened: to the pause menu when over the story. */
void app_leave_menu(App *app);
void app_toggle_fullscreen(App *app);
void app_apply_settings(App *app);

/* The current scene's lines between top and bottom (the oldest scroll off), for other screens. */
void scene_draw_lines(App *app, SDL_Rect column, int top, int bottom);

/* app_speech.c: self-voicing, which the loop drives: after app_init, app_speech_init; each
   speech_event to app_speech_opened (it says once, in the notices, when no speech service
   answered); before each draw, app_speak_changes, which turns speech on or off as the settings
   say (so the first frame never waits for it, and tests can put a recording backend in before)
   and says what changed: a screen that arrived, or the focus that moved. */
void app_speech_init(App *app);
void app_speech_opened(App *app);
void app_speak_changes(App *app);
/* V, or the setting: speech on or off. */
void app_toggle_speech(App *app);

/* The interface's text in the player's language (English when untranslated). */
const char *app_tr(const App *app, const char *english);

#endif
