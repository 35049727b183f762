stub: upstream file of 21700 bytes
