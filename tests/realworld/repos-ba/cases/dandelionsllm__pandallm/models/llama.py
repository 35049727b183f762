stub: upstream file of 44039 bytes
