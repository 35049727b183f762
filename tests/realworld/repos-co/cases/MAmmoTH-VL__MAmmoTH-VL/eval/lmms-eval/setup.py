stub: upstream file of 105 bytes
