stub: upstream file of 36000 bytes
