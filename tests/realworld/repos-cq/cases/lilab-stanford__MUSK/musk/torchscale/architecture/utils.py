stub: upstream file of 1242 bytes
