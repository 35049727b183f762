stub: upstream file of 2212 bytes
