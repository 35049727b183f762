stub: upstream file of 22016 bytes
