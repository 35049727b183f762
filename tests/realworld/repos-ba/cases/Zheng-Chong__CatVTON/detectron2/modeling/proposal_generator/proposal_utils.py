stub: upstream file of 8128 bytes
