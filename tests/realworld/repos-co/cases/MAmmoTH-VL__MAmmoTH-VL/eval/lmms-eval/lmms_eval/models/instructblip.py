stub: upstream file of 10269 bytes
