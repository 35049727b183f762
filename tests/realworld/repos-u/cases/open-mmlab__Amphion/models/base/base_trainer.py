stub: upstream file of 29625 bytes
