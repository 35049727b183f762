stub: upstream file of 70273 bytes
