stub: upstream file of 13057 bytes
