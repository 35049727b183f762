stub: upstream file of 6200 bytes
