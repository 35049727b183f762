stub: upstream file of 8114 bytes
