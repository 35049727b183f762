stub: upstream file of 2833 bytes
