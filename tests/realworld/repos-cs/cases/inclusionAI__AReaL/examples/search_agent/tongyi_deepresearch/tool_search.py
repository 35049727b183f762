stub: upstream file of 4444 bytes
