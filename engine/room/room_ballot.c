/* room_ballot.c: one changeable vote per phone per decision, counted as it changes. */
#include "room_ballot.h"

#include <stdlib.h>
#include <string.h>

bool ballot_join(Ballot *ballot, const uint8_t random[ROOM_TOKEN_BYTES], char *token)
{
    if (ballot->phone_count == ROOM_PHONES_MAX) return false;
    if (!ballot->phones) {
        ballot->phones = calloc(ROOM_PHONES_MAX, sizeof *ballot->phones);
        if (!ballot->phones) return false;
    }
    RoomPhone *phone = &ballot->phones[ballot->phone_count++];
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < ROOM_TOKEN_BYTES; i++) {
        phone->token[2 * i] = hex[random[i] >> 4];
        phone->token[2 * i + 1] = hex[random[i] & 15];
    }
    phone->token[ROOM_TOKEN_CHARS] = '\0';
    phone->decision = ballot->decision;
    phone->option = -1;
    memcpy(token, phone->token, ROOM_TOKEN_CHARS + 1);
    return true;
}

int ballot_find(const Ballot *ballot, const char *token)
{
    if (!token || strlen(token) != ROOM_TOKEN_CHARS) return -1;
    for (int i = 0; i < ballot->phone_count; i++)
        if (memcmp(ballot->phones[i].token, token, ROOM_TOKEN_CHARS) == 0) return i;
    return -1;
}

/* Counts again from the phones: after a change of decision (no phone has voted on the new one
   yet), or of its options (a vote for an option now gone no longer counts). */
static void recount(Ballot *ballot)
{
    memset(ballot->counts, 0, sizeof ballot->counts);
    ballot->voters = 0;
    for (int i = 0; i < ballot->phone_count; i++) {
        int option = ballot_choice_of(ballot, i);
        if (option >= 0) ballot->counts[option]++, ballot->voters++;
    }
}

void ballot_set_decision(Ballot *ballot, int decision, int option_count, bool open)
{
    if (option_count < 0) option_count = 0;
    if (option_count > ROOM_OPTIONS_MAX) option_count = ROOM_OPTIONS_MAX;
    bool changed = decision != ballot->decision || option_count != ballot->option_count;
    ballot->decision = decision;
    ballot->option_count = option_count;
    ballot->open = open;
    if (changed) recount(ballot);
}

BallotResult ballot_vote(Ballot *ballot, const char *token, int decision, int option)
{
    int index = ballot_find(ballot, token);
    if (index < 0) return BALLOT_UNKNOWN_PHONE;
    if (decision != ballot->decision) return BALLOT_OTHER_DECISION;
    if (!ballot->open) return BALLOT_CLOSED;
    if (option < 0 || option >= ballot->option_count) return BALLOT_NO_SUCH_OPTION;
    RoomPhone *phone = &ballot->phones[index];
    int earlier = ballot_choice_of(ballot, index);
    if (earlier >= 0) ballot->counts[earlier]--;
    else ballot->voters++;
    ballot->counts[option]++;
    phone->decision = decision;
    phone->option = option;
    return BALLOT_COUNTED;
}

int ballot_choice_of(const Ballot *ballot, int phone)
{
    const RoomPhone *p = &ballot->phones[phone];
    return p->decision == ballot->decision && p->option < ballot->option_count ? p->option : -1;
}

void ballot_free(Ballot *ballot)
{
    free(ballot->phones);
    *ballot = (Ballot){0};
}
