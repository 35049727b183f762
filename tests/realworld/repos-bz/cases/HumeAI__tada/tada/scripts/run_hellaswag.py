stub: upstream file of 2899 bytes
