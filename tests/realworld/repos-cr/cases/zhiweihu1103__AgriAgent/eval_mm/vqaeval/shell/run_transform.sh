stub: upstream file of 97 bytes
