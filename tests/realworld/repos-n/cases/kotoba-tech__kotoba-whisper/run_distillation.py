stub: upstream file of 37298 bytes
