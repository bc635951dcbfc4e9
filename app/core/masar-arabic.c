/* masar-arabic.c: placeholder, being written. */
#include "config.h"
#include "masar-arabic.h"
