// The few file-system calls MPEPWrite needs that Swift cannot reach portably.
#ifndef MPEP_ATOMIC_FILES_H
#define MPEP_ATOMIC_FILES_H

/// Atomically exchanges the entries at `first` and `second` (both must exist, on the same
/// file system): Linux renameat2(RENAME_EXCHANGE), macOS renamex_np(RENAME_SWAP).
/// Returns 0, or -1 with errno set (ENOSYS or EINVAL where the system or file system
/// cannot exchange).
int mpep_exchange_paths(const char *first, const char *second);

/// Flushes the whole file system holding the open file `fd` to stable storage in one call:
/// Linux syncfs(2). Returns 0, or -1 with errno ENOSYS where there is no such call.
int mpep_sync_file_system(int fd);

#endif
