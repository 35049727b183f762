stub: upstream file of 80152 bytes
