stub: upstream file of 4096 bytes
