// System calls Swift's Glibc module does not expose (glibc declares them only under _GNU_SOURCE).
#ifndef GOVREPORTS_CSYSTEMSHIMS_H
#define GOVREPORTS_CSYSTEMSHIMS_H
#include <unistd.h>

#ifdef __linux__
extern int syncfs(int fd);
/// Flushes every dirty page of the file system holding `fd` to disk and waits: one flush for a folder of
/// thousands of new files, where fsync on each would wait for the disk thousands of times.
static inline int govreports_syncfs(int fd) { return syncfs(fd); }
#else
/// Elsewhere: flush everything (no per-file-system call on macOS).
static inline int govreports_syncfs(int fd) { (void)fd; sync(); return 0; }
#endif
#endif
