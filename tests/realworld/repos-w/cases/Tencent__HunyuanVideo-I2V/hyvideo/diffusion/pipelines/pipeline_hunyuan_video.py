stub: upstream file of 52532 bytes
