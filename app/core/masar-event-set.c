/* masar-event-set.c: placeholder, being written. */
#include "config.h"
#include "masar-event-set.h"
