stub: upstream file of 17178 bytes
