stub: upstream file of 10293 bytes
