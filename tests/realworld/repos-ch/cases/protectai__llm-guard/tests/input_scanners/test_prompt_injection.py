stub: upstream file of 26353 bytes
