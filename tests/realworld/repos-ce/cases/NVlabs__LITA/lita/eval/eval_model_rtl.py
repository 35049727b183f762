stub: upstream file of 9908 bytes
