stub: upstream file of 8285 bytes
