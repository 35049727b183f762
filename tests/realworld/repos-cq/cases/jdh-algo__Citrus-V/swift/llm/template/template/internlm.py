stub: upstream file of 9130 bytes
