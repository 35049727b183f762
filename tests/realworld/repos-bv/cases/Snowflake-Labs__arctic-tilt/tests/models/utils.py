stub: upstream file of 11936 bytes
