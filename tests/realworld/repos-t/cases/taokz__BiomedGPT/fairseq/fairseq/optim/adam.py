stub: upstream file of 9178 bytes
