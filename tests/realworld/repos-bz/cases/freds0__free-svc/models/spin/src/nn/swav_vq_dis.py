stub: upstream file of 6054 bytes
