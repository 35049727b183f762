stub: upstream file of 3383 bytes
