stub: upstream file of 18403 bytes
