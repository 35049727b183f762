stub: upstream file of 26342 bytes
