stub: upstream file of 11155 bytes
