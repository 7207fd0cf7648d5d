/* speech_recorder.h: a speech backend for tests that speaks nothing and writes down every call,
   one a line: "open", "say: TEXT", "cancel", "rate: N", "close". */
#ifndef HEARTLINES_SPEECH_RECORDER_H
#define HEARTLINES_SPEECH_RECORDER_H

#include "../../engine/core/strbuf.h"
#include "../../engine/sdl/speech.h"

typedef struct SpeechRecorder {
    SpeechBackend backend;
    bool refuse;                 /* opening fails, as with no speech service */
    StrBuf log;
    int says;                    /* how many "say" lines the log has */
    char last[20000];            /* the last text said */
} SpeechRecorder;

/* Fills recorder->backend; the recorder must outlive its use. */
const SpeechBackend *speech_recorder_backend(SpeechRecorder *recorder);
/* Empties the log (and the count and last text). */
void speech_recorder_clear(SpeechRecorder *recorder);

#endif
