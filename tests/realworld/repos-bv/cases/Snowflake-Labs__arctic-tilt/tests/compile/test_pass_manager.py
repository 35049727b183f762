stub: upstream file of 2046 bytes
