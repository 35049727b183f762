stub: upstream file of 29480 bytes
