stub: upstream file of 6339 bytes
