stub: upstream file of 250 bytes
