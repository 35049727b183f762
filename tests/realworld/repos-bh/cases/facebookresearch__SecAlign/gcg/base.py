stub: upstream file of 16316 bytes
