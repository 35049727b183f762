stub: upstream file of 15846 bytes
