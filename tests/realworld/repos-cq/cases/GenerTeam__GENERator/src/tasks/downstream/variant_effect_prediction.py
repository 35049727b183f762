stub: upstream file of 16524 bytes
