stub: upstream file of 3271 bytes
