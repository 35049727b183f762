stub: upstream file of 2991 bytes
