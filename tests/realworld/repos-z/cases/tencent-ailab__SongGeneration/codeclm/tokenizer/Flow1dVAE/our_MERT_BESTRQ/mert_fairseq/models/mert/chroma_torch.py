stub: upstream file of 10345 bytes
