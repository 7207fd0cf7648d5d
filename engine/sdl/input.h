/* input.h: keyboard, mouse and gamepad events turned into the few actions the screens understand.
 */
#ifndef HEARTLINES_INPUT_H
#define HEARTLINES_INPUT_H

#include <stdbool.h>

#include <SDL.h>

typedef enum ActionKind {
    ACTION_NONE,
    ACTION_UP,
    ACTION_DOWN,
    ACTION_LEFT,
    ACTION_RIGHT,
    ACTION_ACCEPT,       /* Enter, gamepad A (Space only shows the rest of a line) */
    ACTION_BACK,         /* Escape, gamepad B or Start; Backspace (value BACK_ERASES) */
    ACTION_NUMBER,       /* keys 0-9: pick directly, or type a count (number in Action.value) */
    ACTION_POINT,        /* the mouse moved (x, y) */
    ACTION_CLICK,        /* the left button went up at (x, y) */
    ACTION_SCROLL,       /* wheel or page keys: value > 0 scrolls down */
    ACTION_FULLSCREEN,   /* F11 */
    ACTION_RELOAD,       /* R, on the error screen */
    ACTION_HOT_RELOAD,   /* F5: load the scenario file again and replay to where the player was */
    ACTION_KEYS,         /* F1: every key, over whatever is on screen */
    ACTION_LEAVE,        /* End: leave the scenario at once, no questions */
    ACTION_SPEECH,       /* V: speech on or off */
    ACTION_HUSH,         /* Ctrl: stop speaking now */
    ACTION_ANY,          /* any other key or button: skips the typewriter */
} ActionKind;

/* ACTION_BACK's value for Backspace: back, except where a count is typed, which it erases. */
enum { BACK_ERASES = 1 };

typedef struct Action {
    ActionKind kind;
    int value, x, y;             /* a gamepad button's action: value is the SDL button */
    int pad; /* a gamepad button's action: its controller's instance id + 1; else 0 */
} Action;

/* Maps one event; mouse coordinates are converted from window points to output pixels. */
Action input_action(const SDL_Event *event, SDL_Window *window, SDL_Renderer *renderer);
bool input_is_inside(SDL_Rect rect, int x, int y);

#endif
