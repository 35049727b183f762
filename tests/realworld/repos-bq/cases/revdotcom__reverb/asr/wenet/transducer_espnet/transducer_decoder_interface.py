stub: upstream file of 4372 bytes
