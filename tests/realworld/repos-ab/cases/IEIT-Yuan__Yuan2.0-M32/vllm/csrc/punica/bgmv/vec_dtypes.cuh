stub: upstream file of 42434 bytes
