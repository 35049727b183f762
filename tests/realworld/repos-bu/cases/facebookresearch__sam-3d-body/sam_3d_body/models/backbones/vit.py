stub: upstream file of 19385 bytes
