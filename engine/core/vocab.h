/* vocab.h: the shared vocabulary: five threads, the skills and pitfalls in them, and scene needs.
 */
#ifndef HEARTLINES_VOCAB_H
#define HEARTLINES_VOCAB_H

typedef enum Thread {
    THREAD_LISTEN,
    THREAD_SPEAK_UP,
    THREAD_TURN_TOWARD,
    THREAD_STEADY,
    THREAD_RESPECT,
    THREAD_COUNT
} Thread;

typedef struct Tag {
    const char *id;        /* what a scenario writes: "open_question" */
    const char *name;      /* what a player reads: "Open question" */
    Thread thread;
    const char *about;     /* one sentence for the skill card */
    const char *source;    /* where the idea comes from */
    const char *plain;     /* everyday words for a name that is a term ("Calming yourself first"
                              for "Self-soothing"), shown first; NULL when the name is plain */
} Tag;

typedef enum TagKind { TAG_SKILL, TAG_PITFALL } TagKind;

int vocab_count(TagKind kind);
const Tag *vocab_tag(TagKind kind, int index);
int vocab_find(TagKind kind, const char *id);           /* -1 when unknown */
const char *vocab_suggest(TagKind kind, const char *id); /* nearest id, or NULL */

const char *vocab_thread_name(Thread thread);
const char *vocab_thread_question(Thread thread);

int vocab_need_count(void);
const char *vocab_need_id(int index);
int vocab_find_need(const char *id);
const char *vocab_suggest_need(const char *id);

#endif
