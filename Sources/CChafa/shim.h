#ifndef CCHAFA_SHIM_H
#define CCHAFA_SHIM_H
#include <chafa.h>

// A canvas of `width` × `height` cells drawn with half blocks and quadrants only (the glyphs
// every terminal font has), in `mode` (a ChafaCanvasMode: truecolor, indexed 240, indexed 16).
// Built here because Swift imports chafa's flag enums awkwardly; the caller unrefs the canvas.
static inline ChafaCanvas *media_chafa_canvas(int width, int height, int mode) {
    ChafaSymbolMap *symbols = chafa_symbol_map_new();
    chafa_symbol_map_add_by_tags(symbols, (ChafaSymbolTags)(CHAFA_SYMBOL_TAG_SPACE | CHAFA_SYMBOL_TAG_SOLID
        | CHAFA_SYMBOL_TAG_HALF | CHAFA_SYMBOL_TAG_QUAD));
    ChafaCanvasConfig *config = chafa_canvas_config_new();
    chafa_canvas_config_set_geometry(config, width, height);
    chafa_canvas_config_set_canvas_mode(config, (ChafaCanvasMode)mode);
    chafa_canvas_config_set_symbol_map(config, symbols);
    chafa_canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_SYMBOLS);
    ChafaCanvas *canvas = chafa_canvas_new(config);
    chafa_canvas_config_unref(config);
    chafa_symbol_map_unref(symbols);
    return canvas;
}

static inline int media_chafa_mode_truecolor(void) { return CHAFA_CANVAS_MODE_TRUECOLOR; }
static inline int media_chafa_mode_indexed_240(void) { return CHAFA_CANVAS_MODE_INDEXED_240; }
static inline int media_chafa_mode_indexed_16(void) { return CHAFA_CANVAS_MODE_INDEXED_16; }

// Draws packed RGBA pixels (unassociated alpha) into the canvas.
static inline void media_chafa_draw_rgba(ChafaCanvas *canvas, const unsigned char *pixels, int width, int height) {
    chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, pixels, width, height, width * 4);
}
#endif
