stub: upstream file of 26349 bytes
