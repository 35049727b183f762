stub: upstream file of 13333 bytes
