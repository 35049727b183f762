stub: upstream file of 66434 bytes
