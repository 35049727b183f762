stub: upstream file of 3377 bytes
