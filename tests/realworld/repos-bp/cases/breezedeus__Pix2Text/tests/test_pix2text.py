stub: upstream file of 8044 bytes
