stub: upstream file of 3355 bytes
