stub: upstream file of 18727 bytes
