stub: upstream file of 11368 bytes
