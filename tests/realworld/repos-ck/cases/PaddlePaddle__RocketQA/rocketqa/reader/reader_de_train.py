stub: upstream file of 15595 bytes
