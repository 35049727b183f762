stub: upstream file of 9322 bytes
