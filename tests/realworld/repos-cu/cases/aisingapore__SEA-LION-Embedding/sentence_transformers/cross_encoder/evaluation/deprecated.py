stub: upstream file of 4170 bytes
