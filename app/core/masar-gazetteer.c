/* masar-gazetteer.c: placeholder, being written. */
#include "config.h"
#include "masar-gazetteer.h"
