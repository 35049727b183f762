stub: upstream file of 64 bytes
