stub: upstream file of 22368 bytes
