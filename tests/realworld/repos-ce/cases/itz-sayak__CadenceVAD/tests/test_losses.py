stub: upstream file of 1250 bytes
