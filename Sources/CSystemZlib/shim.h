// zlib for the WARC reader and writer: gzip members one by one (a WARC.gz is one member per record), so a bad
// member is skipped and each record's offset in the file is known. zlib's init calls are macros Swift cannot
// import; these wrap them.
#ifndef GOVREPORTS_CZLIB_H
#define GOVREPORTS_CZLIB_H
#include <zlib.h>

/// Starts inflating one gzip member (window 15, +16: gzip header and trailer, no zlib or raw streams).
static inline int govreports_inflate_init_gzip(z_streamp stream) { return inflateInit2(stream, 15 + 16); }
/// Starts inflating a gzip or zlib stream, told apart by its header (HTTP Content-Encoding gzip or deflate).
static inline int govreports_inflate_init_auto(z_streamp stream) { return inflateInit2(stream, 15 + 32); }
/// Starts inflating a raw deflate stream (servers that send Content-Encoding: deflate without the zlib header).
static inline int govreports_inflate_init_raw(z_streamp stream) { return inflateInit2(stream, -15); }
/// Starts deflating into one gzip member (level 6, window 15, +16: gzip wrapper, memory level 8).
static inline int govreports_deflate_init_gzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
#endif
