stub: upstream file of 33396 bytes
