stub: upstream file of 15424 bytes
