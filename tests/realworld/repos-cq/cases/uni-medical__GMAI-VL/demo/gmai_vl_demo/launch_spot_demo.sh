stub: upstream file of 700 bytes
