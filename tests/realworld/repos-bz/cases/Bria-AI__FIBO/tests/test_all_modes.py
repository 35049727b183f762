stub: upstream file of 3455 bytes
