stub: upstream file of 8268 bytes
