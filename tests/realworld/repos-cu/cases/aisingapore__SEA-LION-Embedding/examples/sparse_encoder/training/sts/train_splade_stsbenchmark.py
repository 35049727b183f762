stub: upstream file of 5234 bytes
