stub: upstream file of 127305 bytes
