stub: upstream file of 4539 bytes
