/* speech_recorder.c: see speech_recorder.h. */
#include "speech_recorder.h"

#include <stdio.h>

static void *recorder_open(void *context, char *why, size_t why_size)
{
    SpeechRecorder *recorder = context;
    strbuf_puts(&recorder->log, "open\n");
    if (recorder->refuse) snprintf(why, why_size, "the recorder was told to refuse");
    return recorder->refuse ? NULL : recorder;
}

static void recorder_say(void *connection, const char *text)
{
    SpeechRecorder *recorder = connection;
    strbuf_printf(&recorder->log, "say: %s\n", text);
    snprintf(recorder->last, sizeof recorder->last, "%s", text);
    recorder->says++;
}

static void recorder_cancel(void *connection)
{
    strbuf_puts(&((SpeechRecorder *)connection)->log, "cancel\n");
}

static void recorder_set_rate(void *connection, int rate)
{
    strbuf_printf(&((SpeechRecorder *)connection)->log, "rate: %d\n", rate);
}

static void recorder_close(void *connection)
{
    strbuf_puts(&((SpeechRecorder *)connection)->log, "close\n");
}

const SpeechBackend *speech_recorder_backend(SpeechRecorder *recorder)
{
    recorder->backend = (SpeechBackend){false,           recorder_open,     recorder_say,
                                        recorder_cancel, recorder_set_rate, recorder_close,
                                        recorder};
    return &recorder->backend;
}

void speech_recorder_clear(SpeechRecorder *recorder)
{
    strbuf_clear(&recorder->log);
    recorder->says = 0;
    recorder->last[0] = '\0';
}
