stub: upstream file of 7152 bytes
