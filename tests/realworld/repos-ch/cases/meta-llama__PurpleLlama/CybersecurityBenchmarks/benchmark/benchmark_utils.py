stub: upstream file of 8368 bytes
