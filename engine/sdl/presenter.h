/* presenter.h: the presenter view. With --presenter, or two displays, the game's own window
   becomes the projector's audience view (no keys, coaching notes or look-ahead on it) and a second
   window on the laptop shows the facilitator's view (facilitator_view.h). Both follow the one
   workshop flow; keys pressed in either window reach it, so the projector alone can still run the
   session, and closing the laptop's window goes back to one window. */
#ifndef HEARTLINES_PRESENTER_H
#define HEARTLINES_PRESENTER_H

#include <stdbool.h>

#include "app.h"

typedef enum PresenterMode {
    PRESENTER_AUTO, /* two windows when two displays are connected */
    PRESENTER_ON,   /* --presenter: two windows, even on one display */
    PRESENTER_OFF,  /* --one-window */
} PresenterMode;

typedef struct Presenter {
    PresenterMode mode;
    const WorkshopRun *session; /* the session followed, to see a new one start */
    Gfx gfx;                    /* the facilitator's window */
    bool open;
    Uint32 session_began, scenario_began;
    int scenario;        /* the playlist place the scenario clock follows; -1 at first */
    int planned_minutes; /* of the scenarios begun so far */
    int scenario_minutes;
    Uint32 drawn_minutes; /* the clock's minutes when last drawn (session, then scenario) */
} Presenter;

/* Whether a workshop opens the presenter view: asked for, or two displays unless told not to. */
bool presenter_wanted(PresenterMode mode);
/* Follows app's sessions (call after each batch of events): a new one, from the command line or
   the title screen, opens the facilitator's window when the mode wants it, and starts the clock;
   when it ends the window closes (the title screen says where the report went). */
void presenter_follow(Presenter *p, App *app);
/* Opens the facilitator's window (the audience's goes fullscreen on the second display when
   there is one); false with why when it cannot, and the session runs in one window. */
bool presenter_open(Presenter *p, App *app, char *why, size_t why_size);
void presenter_close(Presenter *p, App *app);
/* The facilitator window's own events: its size, its closing, the pointer over it; true when
   taken. Keys are the app's, from either window. Closing the audience's window ends the game. */
bool presenter_handle(Presenter *p, App *app, const SDL_Event *event);
void presenter_draw(Presenter *p, App *app);
/* wait (as app_wait_ms says, -1 for none) shortened to when the clock's minute turns; scripted
   runs (--keys) never wait for it. */
int presenter_wait_ms(const Presenter *p, const App *app, int wait);
/* After such a wait: marks the app for drawing when the minute shown has turned. */
void presenter_tick(Presenter *p, App *app);

#endif
