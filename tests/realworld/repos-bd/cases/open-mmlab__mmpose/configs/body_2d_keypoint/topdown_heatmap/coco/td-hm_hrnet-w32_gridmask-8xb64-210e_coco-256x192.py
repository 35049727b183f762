stub: upstream file of 4600 bytes
