stub: upstream file of 7322 bytes
