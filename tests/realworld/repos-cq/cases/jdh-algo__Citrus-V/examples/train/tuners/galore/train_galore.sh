stub: upstream file of 500 bytes
