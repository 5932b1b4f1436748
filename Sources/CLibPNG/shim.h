#ifndef CLIBPNG_SHIM_H
#define CLIBPNG_SHIM_H
#include <png.h>

// libpng's simplified API (png_image) reports errors in the struct, without setjmp; these hand
// over the macros Swift cannot import.
static inline unsigned int media_png_version(void) { return PNG_IMAGE_VERSION; }
static inline unsigned int media_png_format_rgba(void) { return PNG_FORMAT_RGBA; }
#endif
