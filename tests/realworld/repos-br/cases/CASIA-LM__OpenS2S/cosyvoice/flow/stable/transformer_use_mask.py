stub: upstream file of 27591 bytes
