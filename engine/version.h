/* version.h: the one place the version is written. */
#ifndef HEARTLINES_VERSION_H
#define HEARTLINES_VERSION_H

#define HEARTLINES_VERSION "0.1.0"

#endif
