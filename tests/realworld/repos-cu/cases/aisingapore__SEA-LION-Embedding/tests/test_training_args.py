stub: upstream file of 3298 bytes
