stub: upstream file of 5910 bytes
