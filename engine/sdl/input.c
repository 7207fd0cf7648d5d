/* input.c: one table of keys, one of gamepad buttons. */
#include "input.h"

static Action act(ActionKind kind) { return (Action){.kind = kind}; }

static Action from_key(SDL_Keycode key)
{
    if (key >= SDLK_0 && key <= SDLK_9)
        return (Action){.kind = ACTION_NUMBER, .value = (int)(key - SDLK_0)};
    if (key >= SDLK_KP_1 && key <= SDLK_KP_9)
        return (Action){.kind = ACTION_NUMBER, .value = (int)(key - SDLK_KP_1) + 1};
    switch (key) {
    case SDLK_UP: case SDLK_k: return act(ACTION_UP);
    case SDLK_DOWN: case SDLK_j: return act(ACTION_DOWN);
    case SDLK_LEFT: case SDLK_MINUS: case SDLK_KP_MINUS: return act(ACTION_LEFT);
    case SDLK_RIGHT: case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: return act(ACTION_RIGHT);
    case SDLK_RETURN: case SDLK_KP_ENTER: return act(ACTION_ACCEPT);
    case SDLK_ESCAPE: return act(ACTION_BACK);
    case SDLK_BACKSPACE: return (Action){.kind = ACTION_BACK, .value = BACK_ERASES};
    case SDLK_PAGEDOWN: return (Action){.kind = ACTION_SCROLL, .value = 3};
    case SDLK_PAGEUP: return (Action){.kind = ACTION_SCROLL, .value = -3};
    case SDLK_F11: return act(ACTION_FULLSCREEN);
    case SDLK_F5: return act(ACTION_HOT_RELOAD);
    case SDLK_F1: return act(ACTION_KEYS);
    case SDLK_END: return act(ACTION_LEAVE);
    case SDLK_r: return act(ACTION_RELOAD);
    case SDLK_v: return act(ACTION_SPEECH);
    case SDLK_LCTRL: case SDLK_RCTRL: return act(ACTION_HUSH);
    default: return act(ACTION_ANY);
    }
}

static Action from_button(Uint8 button)
{
    switch (button) {
    case SDL_CONTROLLER_BUTTON_DPAD_UP: return act(ACTION_UP);
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: return act(ACTION_DOWN);
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: return act(ACTION_LEFT);
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: return act(ACTION_RIGHT);
    case SDL_CONTROLLER_BUTTON_A: return act(ACTION_ACCEPT);
    case SDL_CONTROLLER_BUTTON_B: case SDL_CONTROLLER_BUTTON_START: return act(ACTION_BACK);
    case SDL_CONTROLLER_BUTTON_Y: return act(ACTION_RELOAD);
    default: return act(ACTION_ANY);
    }
}

/* Window coordinates are points; the renderer draws in pixels (they differ on high-DPI screens). */
static void to_pixels(SDL_Window *window, SDL_Renderer *renderer, int *x, int *y)
{
    int window_w = 1, window_h = 1, pixel_w = 1, pixel_h = 1;
    SDL_GetWindowSize(window, &window_w, &window_h);
    SDL_GetRendererOutputSize(renderer, &pixel_w, &pixel_h);
    if (window_w > 0 && window_h > 0) {
        *x = *x * pixel_w / window_w;
        *y = *y * pixel_h / window_h;
    }
}

Action input_action(const SDL_Event *event, SDL_Window *window, SDL_Renderer *renderer)
{
    Action action = act(ACTION_NONE);
    switch (event->type) {
    case SDL_KEYDOWN: return from_key(event->key.keysym.sym);
    case SDL_CONTROLLERBUTTONDOWN:
        action = from_button(event->cbutton.button);
        action.value = event->cbutton.button;
        action.pad = (int)event->cbutton.which + 1;
        return action;
    case SDL_MOUSEMOTION:
        action = (Action){.kind = ACTION_POINT, .x = event->motion.x, .y = event->motion.y};
        break;
    case SDL_MOUSEBUTTONUP:
        if (event->button.button != SDL_BUTTON_LEFT) return act(ACTION_ANY);
        action = (Action){.kind = ACTION_CLICK, .x = event->button.x, .y = event->button.y};
        break;
    case SDL_MOUSEWHEEL:
        return (Action){.kind = ACTION_SCROLL, .value = event->wheel.y > 0 ? -1 : 1};
    default: return action;
    }
    to_pixels(window, renderer, &action.x, &action.y);
    return action;
}

bool input_is_inside(SDL_Rect rect, int x, int y)
{
    return x >= rect.x && y >= rect.y && x < rect.x + rect.w && y < rect.y + rect.h;
}
