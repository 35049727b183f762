stub: upstream file of 8248 bytes
