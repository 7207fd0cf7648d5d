/* room_net.h: what the room needs from the operating system: the machine's address on the local
   network, and random bytes for room codes and phone tokens. */
#ifndef HEARTLINES_ROOM_NET_H
#define HEARTLINES_ROOM_NET_H

#include <stdbool.h>
#include <stddef.h>

/* The first IPv4 address of an interface that is up and not the loopback; false when none is. */
bool room_net_lan_address(char *out, size_t size);
/* Fills out with random bytes from the kernel; false when it cannot. */
bool room_net_random(void *out, size_t size);

#endif
