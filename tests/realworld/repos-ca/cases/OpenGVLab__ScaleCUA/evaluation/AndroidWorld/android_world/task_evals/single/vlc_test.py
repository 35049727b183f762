stub: upstream file of 14930 bytes
