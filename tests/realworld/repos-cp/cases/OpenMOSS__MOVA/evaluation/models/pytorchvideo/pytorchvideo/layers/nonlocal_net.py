stub: upstream file of 5713 bytes
