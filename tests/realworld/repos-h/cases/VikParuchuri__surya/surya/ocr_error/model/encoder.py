stub: upstream file of 35371 bytes
