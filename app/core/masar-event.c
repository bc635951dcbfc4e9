/* masar-event.c: placeholder, being written. */
#include "config.h"
#include "masar-event.h"
