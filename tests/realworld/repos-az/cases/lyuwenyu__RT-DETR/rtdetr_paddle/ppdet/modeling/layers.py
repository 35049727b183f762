stub: upstream file of 50936 bytes
