/* masar-dates.c: placeholder, being written. */
#include "config.h"
#include "masar-dates.h"
