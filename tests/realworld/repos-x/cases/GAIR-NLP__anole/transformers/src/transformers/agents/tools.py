stub: upstream file of 31101 bytes
