stub: upstream file of 22366 bytes
