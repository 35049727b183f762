stub: upstream file of 4371 bytes
