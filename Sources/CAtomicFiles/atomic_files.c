int mpep_atomic_files_placeholder(void) { return 0; }
