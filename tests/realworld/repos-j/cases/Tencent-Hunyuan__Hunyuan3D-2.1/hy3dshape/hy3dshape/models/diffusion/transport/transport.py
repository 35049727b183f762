stub: upstream file of 18017 bytes
