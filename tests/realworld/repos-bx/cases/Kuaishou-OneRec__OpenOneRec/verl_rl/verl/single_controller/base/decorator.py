stub: upstream file of 19762 bytes
