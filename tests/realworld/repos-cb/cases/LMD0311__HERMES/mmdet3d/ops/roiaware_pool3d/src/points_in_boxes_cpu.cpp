stub: upstream file of 2546 bytes
