stub: upstream file of 24639 bytes
