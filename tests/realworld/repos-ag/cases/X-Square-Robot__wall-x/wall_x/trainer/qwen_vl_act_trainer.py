stub: upstream file of 32888 bytes
