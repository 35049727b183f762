stub: upstream file of 40305 bytes
