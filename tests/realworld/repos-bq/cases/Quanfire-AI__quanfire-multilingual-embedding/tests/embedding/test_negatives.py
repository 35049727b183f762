stub: upstream file of 22304 bytes
