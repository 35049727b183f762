stub: upstream file of 6354 bytes
