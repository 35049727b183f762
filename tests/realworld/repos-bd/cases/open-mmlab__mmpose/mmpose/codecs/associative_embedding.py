stub: upstream file of 21094 bytes
