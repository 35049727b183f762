stub: upstream file of 28424 bytes
