stub: upstream file of 43236 bytes
