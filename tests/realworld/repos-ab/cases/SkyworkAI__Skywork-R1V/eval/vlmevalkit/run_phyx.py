stub: upstream file of 26405 bytes
