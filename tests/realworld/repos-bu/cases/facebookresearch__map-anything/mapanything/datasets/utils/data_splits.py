stub: upstream file of 68300 bytes
