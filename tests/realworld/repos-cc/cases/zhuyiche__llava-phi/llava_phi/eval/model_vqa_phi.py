stub: upstream file of 5020 bytes
