stub: upstream file of 110 bytes
