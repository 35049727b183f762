stub: upstream file of 53377 bytes
