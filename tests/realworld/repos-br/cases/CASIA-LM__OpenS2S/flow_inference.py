stub: upstream file of 6500 bytes
