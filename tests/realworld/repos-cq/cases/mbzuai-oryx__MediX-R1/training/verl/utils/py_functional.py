stub: upstream file of 4013 bytes
