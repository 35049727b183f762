stub: upstream file of 19346 bytes
