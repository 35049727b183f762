stub: upstream file of 7210 bytes
