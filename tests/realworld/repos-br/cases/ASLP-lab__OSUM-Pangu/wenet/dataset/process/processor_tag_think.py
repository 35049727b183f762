stub: upstream file of 84384 bytes
