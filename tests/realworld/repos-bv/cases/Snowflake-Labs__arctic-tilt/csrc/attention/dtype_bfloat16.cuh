stub: upstream file of 12263 bytes
