stub: upstream file of 37039 bytes
