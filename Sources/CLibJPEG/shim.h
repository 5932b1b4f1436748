#ifndef CLIBJPEG_SHIM_H
#define CLIBJPEG_SHIM_H
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <jpeglib.h>

// libjpeg reports errors by calling error_exit, which exits the process unless it jumps back
// with longjmp — something Swift cannot do. These two functions keep the jump inside C and
// return an error message instead.

struct media_jpeg_error {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

static void media_jpeg_error_exit(j_common_ptr info) {
    struct media_jpeg_error *error = (struct media_jpeg_error *)info->err;
    (*info->err->format_message)(info, error->message);
    longjmp(error->jump, 1);
}

static void media_jpeg_quiet(j_common_ptr info, int level) { (void)info; (void)level; }

// Errors jump back to the caller's setjmp with the message kept; warnings are dropped.
static inline struct jpeg_error_mgr *media_jpeg_errors(struct media_jpeg_error *error) {
    jpeg_std_error(&error->manager);
    error->manager.error_exit = media_jpeg_error_exit;
    error->manager.emit_message = media_jpeg_quiet;
    error->message[0] = 0;
    return &error->manager;
}

// Decodes a JPEG into packed RGBA at the smallest of libjpeg's DCT scales (n/8) that is still
// at least `min_width` × `min_height` (or the full size when smaller): a 4000×3000 photo for a
// preview of a few dozen cells decodes at 1/8, about 60 times less work and memory.
// On success returns a malloc'ed buffer (the caller frees it) and sets the sizes; on failure
// returns NULL and fills `message`.
static inline unsigned char *media_jpeg_decode(const unsigned char *data, size_t length, int min_width, int min_height,
                                               int *width, int *height, int *full_width, int *full_height,
                                               char *message, size_t message_size) {
    struct jpeg_decompress_struct info;
    struct media_jpeg_error error;
    unsigned char *volatile pixels = NULL;
    memset(&info, 0, sizeof info);
    info.err = media_jpeg_errors(&error);
    if (setjmp(error.jump)) {
        snprintf(message, message_size, "%s", error.message);
        jpeg_destroy_decompress(&info);
        free(pixels);
        return NULL;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)length);
    jpeg_read_header(&info, TRUE);
    *full_width = (int)info.image_width;
    *full_height = (int)info.image_height;
    info.out_color_space = JCS_EXT_RGBA;
    // A preview a few dozen cells wide: the fast integer DCT and plain upsampling are enough.
    info.dct_method = JDCT_IFAST;
    info.do_fancy_upsampling = FALSE;
    info.scale_num = 1;
    info.scale_denom = 8;
    for (unsigned int num = 1; num <= 8; num++) {
        if ((long)info.image_width * num / 8 >= min_width && (long)info.image_height * num / 8 >= min_height) {
            info.scale_num = num;
            break;
        }
        info.scale_num = num;
    }
    jpeg_start_decompress(&info);
    size_t stride = (size_t)info.output_width * 4;
    pixels = malloc(stride * info.output_height);
    if (!pixels) {
        snprintf(message, message_size, "out of memory");
        jpeg_destroy_decompress(&info);
        return NULL;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    *width = (int)info.output_width;
    *height = (int)info.output_height;
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return pixels;
}

// Encodes packed RGB as a baseline JPEG (for tests and benchmarks that need real files).
// Returns a malloc'ed buffer and its length, or NULL.
static inline unsigned char *media_jpeg_encode(const unsigned char *rgb, int width, int height, int quality,
                                               unsigned long *length) {
    struct jpeg_compress_struct info;
    struct media_jpeg_error error;
    unsigned char *volatile out = NULL;
    memset(&info, 0, sizeof info);
    info.err = media_jpeg_errors(&error);
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&info);
        return NULL;
    }
    jpeg_create_compress(&info);
    unsigned char *buffer = NULL;
    *length = 0;
    jpeg_mem_dest(&info, &buffer, length);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)info.next_scanline * width * 3);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    out = buffer;
    jpeg_destroy_compress(&info);
    return out;
}
#endif
