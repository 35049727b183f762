stub: upstream file of 57954 bytes
