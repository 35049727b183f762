stub: upstream file of 7045 bytes
