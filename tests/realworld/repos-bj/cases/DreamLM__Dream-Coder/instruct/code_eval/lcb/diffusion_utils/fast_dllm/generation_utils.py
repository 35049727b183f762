stub: upstream file of 26308 bytes
