stub: upstream file of 23754 bytes
