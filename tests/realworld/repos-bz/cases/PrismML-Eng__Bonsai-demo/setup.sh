stub: upstream file of 19178 bytes
