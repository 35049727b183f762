stub: upstream file of 21354 bytes
