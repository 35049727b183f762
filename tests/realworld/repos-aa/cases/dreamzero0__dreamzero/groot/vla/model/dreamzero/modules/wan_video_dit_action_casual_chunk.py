stub: upstream file of 99864 bytes
