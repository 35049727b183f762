stub: upstream file of 26644 bytes
