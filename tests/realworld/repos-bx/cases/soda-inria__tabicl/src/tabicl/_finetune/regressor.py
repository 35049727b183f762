stub: upstream file of 14264 bytes
