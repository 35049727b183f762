stub: upstream file of 5119 bytes
