stub: upstream file of 4343 bytes
