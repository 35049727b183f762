stub: upstream file of 32 bytes
