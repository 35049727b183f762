stub: upstream file of 28850 bytes
