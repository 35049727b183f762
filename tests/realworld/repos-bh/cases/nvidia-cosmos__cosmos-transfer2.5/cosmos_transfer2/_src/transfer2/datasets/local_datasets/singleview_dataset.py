stub: upstream file of 26314 bytes
