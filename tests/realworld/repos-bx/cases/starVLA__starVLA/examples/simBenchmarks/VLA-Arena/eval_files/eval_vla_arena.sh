stub: upstream file of 10979 bytes
