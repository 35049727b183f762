stub: upstream file of 13552 bytes
