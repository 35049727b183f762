stub: upstream file of 4954 bytes
