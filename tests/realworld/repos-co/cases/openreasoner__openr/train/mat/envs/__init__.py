stub: upstream file of 66 bytes
