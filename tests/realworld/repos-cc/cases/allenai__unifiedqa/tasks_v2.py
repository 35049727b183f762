stub: upstream file of 6368 bytes
