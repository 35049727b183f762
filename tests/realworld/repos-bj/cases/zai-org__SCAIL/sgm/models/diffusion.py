stub: upstream file of 12500 bytes
