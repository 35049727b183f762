stub: upstream file of 31119 bytes
