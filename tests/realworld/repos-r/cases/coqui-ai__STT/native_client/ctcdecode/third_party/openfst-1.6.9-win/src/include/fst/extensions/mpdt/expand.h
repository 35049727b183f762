stub: upstream file of 11966 bytes
