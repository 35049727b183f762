stub: upstream file of 21929 bytes
