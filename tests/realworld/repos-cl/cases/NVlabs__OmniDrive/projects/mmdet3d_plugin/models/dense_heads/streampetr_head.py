stub: upstream file of 50066 bytes
