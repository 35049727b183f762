stub: upstream file of 7300 bytes
