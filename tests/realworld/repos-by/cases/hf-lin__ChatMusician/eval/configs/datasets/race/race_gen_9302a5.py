stub: upstream file of 1367 bytes
