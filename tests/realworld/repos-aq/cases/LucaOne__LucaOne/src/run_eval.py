stub: upstream file of 81923 bytes
