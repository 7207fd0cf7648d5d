/* room_net.c: the LAN address from getifaddrs, random bytes from getrandom. */
#define _DEFAULT_SOURCE
#include "room_net.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/random.h>

bool room_net_lan_address(char *out, size_t size)
{
    struct ifaddrs *list;
    if (getifaddrs(&list) != 0) return false;
    bool found = false;
    for (struct ifaddrs *entry = list; entry && !found; entry = entry->ifa_next) {
        if (!entry->ifa_addr || entry->ifa_addr->sa_family != AF_INET) continue;
        if (!(entry->ifa_flags & IFF_UP) || (entry->ifa_flags & IFF_LOOPBACK)) continue;
        const struct sockaddr_in *address =
            (const struct sockaddr_in *)(const void *)entry->ifa_addr;
        found = inet_ntop(AF_INET, &address->sin_addr, out, (socklen_t)size) != NULL;
    }
    freeifaddrs(list);
    return found;
}

bool room_net_random(void *out, size_t size)
{
    unsigned char *bytes = out;
    while (size > 0) {
        ssize_t got = getrandom(bytes, size, 0);
        if (got <= 0) return false;
        bytes += got, size -= (size_t)got;
    }
    return true;
}
