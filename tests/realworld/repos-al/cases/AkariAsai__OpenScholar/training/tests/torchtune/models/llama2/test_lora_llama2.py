stub: upstream file of 11388 bytes
