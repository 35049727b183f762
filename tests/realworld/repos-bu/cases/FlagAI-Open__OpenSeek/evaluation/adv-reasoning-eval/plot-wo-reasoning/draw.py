stub: upstream file of 9833 bytes
