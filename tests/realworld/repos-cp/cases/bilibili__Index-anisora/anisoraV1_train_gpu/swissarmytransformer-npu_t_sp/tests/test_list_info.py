stub: upstream file of 290 bytes
