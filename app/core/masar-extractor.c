/* masar-extractor.c: placeholder, being written. */
#include "config.h"
#include "masar-extractor.h"
