stub: upstream file of 6271 bytes
