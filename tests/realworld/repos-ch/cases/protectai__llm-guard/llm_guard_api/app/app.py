stub: upstream file of 17296 bytes
