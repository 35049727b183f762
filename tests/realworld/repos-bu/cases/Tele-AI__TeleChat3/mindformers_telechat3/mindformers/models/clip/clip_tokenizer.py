stub: upstream file of 11371 bytes
