stub: upstream file of 3526 bytes
