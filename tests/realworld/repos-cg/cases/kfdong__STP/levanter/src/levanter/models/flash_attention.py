stub: upstream file of 12016 bytes
