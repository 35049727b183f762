stub: upstream file of 26345 bytes
