stub: upstream file of 1127 bytes
