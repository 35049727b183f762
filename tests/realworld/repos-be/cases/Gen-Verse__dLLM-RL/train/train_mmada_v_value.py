stub: upstream file of 40737 bytes
