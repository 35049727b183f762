stub: upstream file of 35065 bytes
