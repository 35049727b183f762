stub: upstream file of 54189 bytes
