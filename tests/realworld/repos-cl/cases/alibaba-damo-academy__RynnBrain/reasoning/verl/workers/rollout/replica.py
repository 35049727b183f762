stub: upstream file of 9042 bytes
