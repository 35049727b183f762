stub: upstream file of 22344 bytes
