stub: upstream file of 11235 bytes
