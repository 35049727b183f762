stub: upstream file of 17122 bytes
