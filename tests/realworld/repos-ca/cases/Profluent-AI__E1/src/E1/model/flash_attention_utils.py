stub: upstream file of 6285 bytes
