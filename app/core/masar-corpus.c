/* masar-corpus.c: placeholder, being written. */
#include "config.h"
#include "masar-corpus.h"
