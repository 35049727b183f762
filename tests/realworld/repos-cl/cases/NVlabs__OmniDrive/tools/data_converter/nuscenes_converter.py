stub: upstream file of 28017 bytes
