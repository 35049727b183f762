stub: upstream file of 12876 bytes
