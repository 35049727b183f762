stub: upstream file of 6879 bytes
