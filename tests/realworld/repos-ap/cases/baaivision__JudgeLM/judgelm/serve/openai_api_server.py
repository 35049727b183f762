stub: upstream file of 28929 bytes
