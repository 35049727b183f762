stub: upstream file of 4500 bytes
