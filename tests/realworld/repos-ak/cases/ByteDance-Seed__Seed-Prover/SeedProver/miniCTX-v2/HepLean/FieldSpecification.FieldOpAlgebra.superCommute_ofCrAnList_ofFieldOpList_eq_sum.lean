stub: upstream file of 21019 bytes
