stub: upstream file of 11528 bytes
