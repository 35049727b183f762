stub: upstream file of 21166 bytes
