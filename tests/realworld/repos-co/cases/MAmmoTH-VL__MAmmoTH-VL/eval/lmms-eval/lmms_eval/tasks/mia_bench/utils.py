stub: upstream file of 7341 bytes
